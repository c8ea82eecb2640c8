package st.libreho.registry.internal.files;

/**
 * How many files a version may hold and how large they may be. A shared configuration is a handful of text files; the
 * limits keep a mistaken upload (a whole repository, a database dump) and a hostile one (a zip bomb) from filling the
 * database or the server's memory.
 *
 * @param filesPerVersion the most files one version may hold
 * @param bytesPerFile the largest file, in bytes of its UTF-8 text
 * @param bytesPerVersion the most bytes all the files of a version may hold together, as UTF-8 text
 */
public record FileLimits(int filesPerVersion, long bytesPerFile, long bytesPerVersion) {

    /** 500 files, 1 MiB per file, 20 MiB per version: far above any configuration seen, far below harm. */
    public static final FileLimits DEFAULT = new FileLimits(500, 1024 * 1024, 20 * 1024 * 1024);

    public FileLimits {
        if (filesPerVersion < 1 || bytesPerFile < 1 || bytesPerVersion < 1) {
            throw new IllegalArgumentException("file limits must be positive");
        }
    }
}
