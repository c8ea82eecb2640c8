package st.libreho.registry.internal.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import st.libreho.registry.BundleFormat;
import st.libreho.registry.ConfigurationFile;

/**
 * The archive a person downloads to replicate a service: the version's files, and the {@code .env} made from what
 * they filled in, all at the archive's top level (no wrapping folder: unpacked where the person stands, it is ready
 * for {@code docker compose up}).
 *
 * <p>
 * The generated {@code .env} wins: when the version has a {@code .env} of its own (a template, usually), it is left
 * out and the generated one takes its place, since the generated one holds the values the person chose. Without a
 * generated {@code .env} (null), the version's files are written as they are, theirs included.
 *
 * <p>
 * Reproducible: the same files and {@code .env} give the same bytes, whatever the order of the files, the time, the
 * server's time zone or user. Entries are sorted by path, dated {@link #TIMESTAMP}, owned by uid and gid 0 with no
 * names, mode 0644 ({@code .env} 0600: it holds secrets). Only a change of the JDK's zlib could change the compressed
 * bytes.
 */
public final class Bundles {

    /** The date every entry carries: fixed, so that a bundle is the same whenever it is made. */
    public static final LocalDateTime TIMESTAMP = LocalDateTime.of(2000, 1, 1, 0, 0);

    /** The generated file's path. */
    public static final String ENV_FILE = ".env";

    private static final int FILE_MODE = 0100644;
    private static final int SECRET_FILE_MODE = 0100600;
    private static final Date TAR_TIME = Date.from(Instant.parse("2000-01-01T00:00:00Z"));

    private Bundles() {
    }

    /**
     * Writes the bundle to {@code out}, which is left open.
     *
     * @param envFileContent the generated {@code .env} ({@link EnvFile#render}); null for the version's files alone
     * @throws UncheckedIOException when {@code out} fails (the download was cut)
     */
    public static void write(List<ConfigurationFile> files, String envFileContent, BundleFormat format,
            OutputStream out) {
        List<ConfigurationFile> entries = entries(files, envFileContent);
        try {
            switch (format) {
                case TAR_GZ -> writeTarGz(entries, out);
                case ZIP -> writeZip(entries, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files to write, sorted by path, the generated {@code .env} in place of the version's. */
    static List<ConfigurationFile> entries(List<ConfigurationFile> files, String envFileContent) {
        List<ConfigurationFile> entries = new ArrayList<>();
        String envKey = PathRules.normalised(ENV_FILE);
        for (ConfigurationFile file : files) {
            // '.ENV' too: on macOS and Windows it would be the same file as the generated one
            if (envFileContent == null || !PathRules.normalised(file.path()).equals(envKey)) {
                entries.add(file);
            }
        }
        if (envFileContent != null) {
            entries.add(new ConfigurationFile(ENV_FILE, envFileContent));
        }
        entries.sort((a, b) -> PathOrder.compare(a.path(), b.path()));
        return entries;
    }

    private static void writeTarGz(List<ConfigurationFile> entries, OutputStream out) throws IOException {
        // java.util.zip's gzip header is fixed (no time, no name), so it adds nothing that changes
        GZIPOutputStream gzip = new GZIPOutputStream(new KeepOpen(out));
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip, StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setAddPaxHeadersForNonAsciiNames(true);
            for (ConfigurationFile file : entries) {
                byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(file.path());
                entry.setSize(content.length);
                entry.setMode(isEnv(file) ? SECRET_FILE_MODE : FILE_MODE);
                entry.setModTime(TAR_TIME);
                entry.setIds(0, 0);
                entry.setUserName("");
                entry.setGroupName("");
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
    }

    private static void writeZip(List<ConfigurationFile> entries, OutputStream out) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new KeepOpen(out))) {
            zip.setEncoding(StandardCharsets.UTF_8.name());
            zip.setUseLanguageEncodingFlag(true); // says the names are UTF-8
            for (ConfigurationFile file : entries) {
                byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
                ZipArchiveEntry entry = new ZipArchiveEntry(file.path());
                entry.setUnixMode(isEnv(file) ? SECRET_FILE_MODE : FILE_MODE);
                // a DOS date has no time zone: set as a local date, it is written the same on every server
                entry.setTimeLocal(TIMESTAMP);
                zip.putArchiveEntry(entry);
                zip.write(content);
                zip.closeArchiveEntry();
            }
        }
    }

    private static boolean isEnv(ConfigurationFile file) {
        return file.path().equals(ENV_FILE);
    }

    /** Lets the archive streams finish and close without closing the caller's stream. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
