package st.libreho.registry.internal.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Archives built and unpacked in memory, with the JDK's zip and Commons Compress' tar, for the tests. */
final class TestArchives {

    private TestArchives() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A zip of the entries in order; a name ending in '/' is a folder. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A tar.gz of regular files, in order. */
    static byte[] tarGz(Map<String, byte[]> files) {
        return tarGz(tar -> files.forEach((name, content) -> file(tar, name, content)));
    }

    /** A tar.gz whose entries {@code writer} writes. */
    static byte[] tarGz(Consumer<TarArchiveOutputStream> writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes), "UTF-8")) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            writer.accept(tar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static void file(TarArchiveOutputStream tar, String name, byte[] content) {
        TarArchiveEntry entry = new TarArchiveEntry(name, true); // kept as given: '/' and '..' included
        entry.setSize(content.length);
        entry(tar, entry, content);
    }

    static void header(TarArchiveOutputStream tar, TarArchiveEntry entry) {
        try {
            tar.putArchiveEntry(entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void entry(TarArchiveOutputStream tar, TarArchiveEntry entry, byte[] content) {
        try {
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a zip, by name, in order. */
    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** The entries of a tar.gz, by name, in order. */
    static Map<String, TarFile> untarGz(byte[] tarGz) throws IOException {
        Map<String, TarFile> files = new LinkedHashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(
                new GZIPInputStream(new ByteArrayInputStream(tarGz)), "UTF-8")) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new TarFile(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        entry.getMode(), entry.getModTime().getTime()));
            }
        }
        return files;
    }

    record TarFile(String content, int mode, long modified) {
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
