package st.libreho.registry.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** A tar stream's entries, one after the other, as they come. */
final class TarEntries {

    private TarEntries() {
    }

    static void read(InputStream tarStream, ArchiveEntries entries) throws IOException {
        HeaderKeepingInputStream tar = new HeaderKeepingInputStream(tarStream);
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            if (entry.isGlobalPaxHeader()) {
                continue; // settings for the entries that follow (GitHub writes its commit id there), not an entry
            }
            String name = entry.getName();
            if (!entries.entry(name)) {
                return;
            }
            if (name.indexOf('?') >= 0 && !tar.headerNameIsUtf8()) {
                entries.refuse(FileRule.NOT_UTF8, name, "the name of " + name + " is not UTF-8: make the archive "
                        + "with a tool that writes UTF-8 names");
            } else if (entry.isSymbolicLink()) {
                entries.refuse(FileRule.ARCHIVE_LINK, name,
                        name + " is a symbolic link: put the file itself in the archive");
            } else if (entry.isLink()) {
                entries.refuse(FileRule.ARCHIVE_LINK, name, name + " is a hard link: put the file itself in the "
                        + "archive");
            } else if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
                entries.refuse(FileRule.ARCHIVE_SPECIAL_ENTRY, name, name + " is a device or a pipe, not a file");
            } else if (entry.isDirectory()) {
                continue;
            } else if (!isRegularFile(entry)) {
                entries.refuse(FileRule.ARCHIVE_SPECIAL_ENTRY, name, name + " is neither a file nor a folder");
            } else if (!entries.file(name, tar)) {
                return;
            }
        }
    }

    /**
     * Commons Compress reads a tar header's name leniently, a '?' for each byte that is not UTF-8; this stream keeps
     * the last header read, so that such a name can be told from one that has a real '?'.
     */
    private static final class HeaderKeepingInputStream extends TarArchiveInputStream {

        private static final int NAME_LENGTH = 100;
        private static final int PREFIX_OFFSET = 345;
        private static final int PREFIX_LENGTH = 155;

        private byte[] header = new byte[0];

        HeaderKeepingInputStream(InputStream in) {
            super(in, StandardCharsets.UTF_8.name());
        }

        @Override
        protected byte[] readRecord() throws IOException {
            // records are read this way for headers only: the entries' data is read from the stream
            byte[] record = super.readRecord();
            if (record != null) {
                header = record.clone();
            }
            return record;
        }

        /** Whether the name and prefix fields of the last header are UTF-8 (a long name may cut its last character). */
        boolean headerNameIsUtf8() {
            return header.length < PREFIX_OFFSET + PREFIX_LENGTH
                    || (StrictUtf8.isValidUpToTheEnd(field(0, NAME_LENGTH))
                            && StrictUtf8.isValidUpToTheEnd(field(PREFIX_OFFSET, PREFIX_LENGTH)));
        }

        private byte[] field(int offset, int length) {
            int end = offset;
            while (end < offset + length && header[end] != 0) {
                end++;
            }
            return Arrays.copyOfRange(header, offset, end);
        }
    }

    /** By its type flag: Commons Compress' isFile() is also true of a link whose name has no trailing '/'. */
    private static boolean isRegularFile(TarArchiveEntry entry) {
        byte flag = entry.getLinkFlag();
        boolean plain = flag == TarConstants.LF_NORMAL || flag == TarConstants.LF_OLDNORM
                || flag == TarConstants.LF_CONTIG;
        return plain && !entry.isSparse();
    }
}
