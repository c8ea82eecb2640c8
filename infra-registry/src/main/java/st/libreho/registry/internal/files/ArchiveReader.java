package st.libreho.registry.internal.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads an uploaded archive into a version's files, or says why it cannot. Zip and tar.gz (and plain tar) are read,
 * told apart by their first bytes, never by the file's name.
 *
 * <p>
 * An archive is hostile until read. Nothing an archive says of its own sizes is trusted: bytes are counted as they
 * are expanded, and reading stops at once when a file, the version or the archive passes its limit (a zip bomb
 * expands no further than one byte past it). Refused, each naming the entry: links (symbolic and hard), devices and
 * pipes, absolute paths and {@code ..}, names or contents that are not UTF-8 (decoded strictly), binary files, and
 * what breaks a {@link FileSetRules rule} of every version. Folders are skipped, and so is macOS' metadata
 * ({@code __MACOSX/}, {@code ._name}, {@code .DS_Store}). A leading {@code ./} is the archive's root and removed.
 *
 * <p>
 * When every file is inside one folder ({@code bonfire-1.0/compose.yml}, as in GitHub's release archives and what
 * "compress this folder" makes), that folder is removed: it names the download, it is not part of the
 * configuration.
 *
 * <p>
 * Everything is read in memory: the upload is refused beyond what its files could take (the version's limit plus
 * headers), so this is bounded.
 */
public final class ArchiveReader {

    /** Headers per entry a well-formed archive may need beyond its files' bytes (tar: header, PAX path, padding). */
    private static final long ENTRY_OVERHEAD = 2 * 1024;

    /** The end of a tar, its record padding, zip's central directory end. */
    private static final long ARCHIVE_SLACK = 64 * 1024;

    private ArchiveReader() {
    }

    /**
     * Reads the archive {@code in}, named {@code fileName} in the refusals.
     *
     * @throws UncheckedIOException when {@code in} itself fails (the upload was cut); a damaged archive is a refusal
     */
    public static ArchiveContents read(InputStream in, String fileName, FileLimits limits) {
        String name = fileName == null || fileName.isBlank() ? "the archive" : fileName;
        long maxBytes = maxArchiveBytes(limits);
        byte[] archive;
        try {
            archive = BoundedRead.atMost(in, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (archive.length > maxBytes) {
            return refused(FileRule.ARCHIVE_TOO_LARGE, name, name + " is larger than the "
                    + ByteSizes.describe(maxBytes) + " an archive of a version may be");
        }
        ArchiveEntries entries = new ArchiveEntries(name, limits);
        CappedInputStream tarStream = null;
        try {
            switch (ArchiveFormat.of(archive)) {
                case ZIP -> ZipEntries.read(archive, entries);
                case GZIP -> {
                    tarStream = new CappedInputStream(new GZIPInputStream(new ByteArrayInputStream(archive)), maxBytes);
                    InputStream tar = new BufferedInputStream(tarStream); // to look at the first header twice
                    if (!isTar(tar)) {
                        return refused(FileRule.ARCHIVE_FORMAT, name,
                                name + " is compressed with gzip but holds no tar archive: upload a zip or a tar.gz");
                    }
                    TarEntries.read(tar, entries);
                }
                case TAR -> TarEntries.read(new ByteArrayInputStream(archive), entries);
                case UNKNOWN -> {
                    return refused(FileRule.ARCHIVE_FORMAT, name,
                            name + " is not a zip or tar.gz archive (judged by its first bytes)");
                }
            }
        } catch (IOException e) {
            if (tarStream != null && tarStream.exceeded()) {
                entries.refuse(FileRule.ARCHIVE_TOO_LARGE, name, name + " expands to more than "
                        + ByteSizes.describe(maxBytes) + ", more than a version's files could take");
            } else {
                entries.corrupt();
            }
        } catch (RuntimeException e) {
            // Commons Compress reports some damaged headers with unchecked exceptions; they are damage all the same
            entries.corrupt();
        }
        return entries.result();
    }

    /** The most bytes an upload may have, and a tar stream may expand to: the files and their headers. */
    static long maxArchiveBytes(FileLimits limits) {
        return limits.bytesPerVersion() + ArchiveEntries.maxEntries(limits) * ENTRY_OVERHEAD + ARCHIVE_SLACK;
    }

    /** Whether the stream opens with a tar header, looked at without consuming it. */
    private static boolean isTar(InputStream in) throws IOException {
        byte[] header = new byte[512];
        in.mark(header.length);
        int length = in.readNBytes(header, 0, header.length);
        in.reset();
        return TarArchiveInputStream.matches(header, length);
    }

    private static ArchiveContents refused(FileRule rule, String name, String message) {
        return ArchiveContents.refused(List.of(rule.finding(name, 0, message)));
    }
}
