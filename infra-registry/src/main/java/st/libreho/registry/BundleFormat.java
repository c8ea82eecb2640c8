package st.libreho.registry;

import java.util.Locale;

/** The archive a bundle comes in. */
public enum BundleFormat {
    /** A gzip-compressed tar: keeps the file modes (the {@code .env} readable by its owner only). */
    TAR_GZ("tar.gz", "application/gzip"),
    /** A zip, which every system opens without a tool to install. */
    ZIP("zip", "application/zip");

    private final String extension;
    private final String mediaType;

    BundleFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file name's extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The Content-Type the download is served with. */
    public String mediaType() {
        return mediaType;
    }

    /** {@code tar.gz} (also when none is asked for), {@code tgz} or {@code zip}; null for anything else. */
    public static BundleFormat of(String text) {
        if (text == null || text.isBlank()) {
            return TAR_GZ;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "tar.gz", "tgz", "tar_gz" -> TAR_GZ;
            case "zip" -> ZIP;
            default -> null;
        };
    }
}
