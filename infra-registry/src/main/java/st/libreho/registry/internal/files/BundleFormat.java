package st.libreho.registry.internal.files;

/** The archive a bundle is downloaded as. */
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
}
