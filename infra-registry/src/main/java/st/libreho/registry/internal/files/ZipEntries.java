package st.libreho.registry.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A zip archive's entries, read from its central directory: only there does a zip say which entries are symbolic
 * links (in the Unix mode of the external attributes), which a streaming reader of the local headers cannot see.
 */
final class ZipEntries {

    /** The signature that opens each central directory record: "PK", 1, 2. */
    private static final byte[] CENTRAL_RECORD = { 'P', 'K', 1, 2 };

    private ZipEntries() {
    }

    static void read(byte[] archive, ArchiveEntries entries) throws IOException {
        // The central directory is parsed whole before the first entry is seen, one object per record: count the
        // records first, so that a small zip of a million empty entries cannot fill the memory. Every record opens
        // with the signature, so this count is never below the number of records.
        if (occurrences(archive, CENTRAL_RECORD) > ArchiveEntries.maxEntries(entries.limits())) {
            entries.tooManyEntries();
            return;
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(archive)).get()) {
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements();) {
                ZipArchiveEntry entry = all.nextElement();
                String name = entry.getName();
                if (!entries.entry(name)) {
                    return;
                }
                int type = entry.getUnixMode() & UnixStat.FILE_TYPE_FLAG; // 0 when not made on Unix
                if (!hasUtf8Name(entry)) {
                    entries.refuse(FileRule.NOT_UTF8, name, "the name of " + name + " is not UTF-8: make the zip "
                            + "with a tool that writes UTF-8 names (zip on Linux or macOS, 7-Zip)");
                } else if (entry.isUnixSymlink()) {
                    entries.refuse(FileRule.ARCHIVE_LINK, name,
                            name + " is a symbolic link: put the file itself in the archive");
                } else if (entry.isDirectory() || type == UnixStat.DIR_FLAG) {
                    continue;
                } else if (type != 0 && type != UnixStat.FILE_FLAG) {
                    entries.refuse(FileRule.ARCHIVE_SPECIAL_ENTRY, name, name + " is neither a file nor a folder");
                } else if (!zip.canReadEntryData(entry)) {
                    entries.refuse(FileRule.ARCHIVE_CORRUPT, name,
                            name + " is encrypted or compressed in a way the registry does not read: use a plain zip");
                } else {
                    try (InputStream data = zip.getInputStream(entry)) {
                        if (!entries.file(name, data)) {
                            return;
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether the entry's name is UTF-8: from the Info-ZIP Unicode path field, which is, or else its raw bytes read
     * strictly (old Windows tools write names in the OEM code page, which Commons Compress would decode leniently).
     */
    private static boolean hasUtf8Name(ZipArchiveEntry entry) {
        return entry.getNameSource() == ZipArchiveEntry.NameSource.UNICODE_EXTRA_FIELD
                || StrictUtf8.decode(entry.getRawName()).valid();
    }

    private static int occurrences(byte[] haystack, byte[] needle) {
        int count = 0;
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (haystack[i] == needle[0] && haystack[i + 1] == needle[1] && haystack[i + 2] == needle[2]
                    && haystack[i + 3] == needle[3]) {
                count++;
            }
        }
        return count;
    }
}
