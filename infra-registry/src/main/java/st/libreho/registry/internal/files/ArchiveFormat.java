package st.libreho.registry.internal.files;

import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** What an upload is, by its magic number: the first bytes every file of a format begins with. */
enum ArchiveFormat {
    /** "PK", 3, 4 (a local file header), or "PK", 5, 6 (the end of an empty zip). */
    ZIP,
    /** 0x1F 0x8B: a gzip stream, which for the registry must hold a tar. */
    GZIP,
    /** "ustar" at offset 257: an uncompressed tar. */
    TAR,
    UNKNOWN;

    static ArchiveFormat of(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6))) {
            return ZIP;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            return GZIP;
        }
        if (TarArchiveInputStream.matches(bytes, bytes.length)) {
            return TAR;
        }
        return UNKNOWN;
    }
}
