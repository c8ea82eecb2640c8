package st.libreho.registry.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.Finding;

/**
 * The entries of one archive as they are read, whatever its format: the counts and sizes against the limits, each
 * file's name and text checked, and the refusals. A reader hands entries in one at a time and stops as soon as
 * {@link #entry} or {@link #file} says so.
 */
final class ArchiveEntries {

    /** An accepted file: its path as the archive names it, and as the version will. */
    private record Read(String entryName, String path, String text) {
    }

    private final String archiveName;
    private final FileLimits limits;
    private final List<Read> files = new ArrayList<>();
    private final List<Finding> refusals = new ArrayList<>();
    private long entries;
    private long fileCount;
    private long bytes;
    /** The file whose data is being read, for a refusal when it turns out damaged. */
    private String current;

    ArchiveEntries(String archiveName, FileLimits limits) {
        this.archiveName = archiveName;
        this.limits = limits;
    }

    FileLimits limits() {
        return limits;
    }

    /** How many entries of any kind (files, folders, skipped metadata) an archive may hold. */
    static long maxEntries(FileLimits limits) {
        // room for a folder and for macOS' metadata beside each file (__MACOSX/._name)
        return 4L * limits.filesPerVersion() + 16;
    }

    /** Counts the next entry, of any kind; false, with the refusal, when there are too many and reading must stop. */
    boolean entry(String name) {
        entries++;
        if (entries > maxEntries(limits)) {
            tooManyEntries();
            return false;
        }
        return true;
    }

    void tooManyEntries() {
        refuse(FileRule.ARCHIVE_TOO_MANY_ENTRIES, archiveName, archiveName + " holds more than "
                + maxEntries(limits) + " entries: a version holds at most " + limits.filesPerVersion() + " files");
    }

    /**
     * Reads a regular file's data, never more than the limits allow; false, with the refusal, when a limit is passed
     * and reading must stop.
     */
    boolean file(String name, InputStream data) throws IOException {
        String path = name.startsWith("./") ? name.substring(2) : name; // tar's "." for the archive's root
        if (isOperatingSystemLitter(path)) {
            return true;
        }
        fileCount++;
        if (fileCount > limits.filesPerVersion()) {
            refuse(FileRule.TOO_MANY_FILES, archiveName,
                    archiveName + " holds more than the " + limits.filesPerVersion() + " files a version may hold");
            return false;
        }
        if (path.indexOf('\uFFFD') >= 0) {
            // the readers decode names as UTF-8 and put U+FFFD for what is not
            refuse(FileRule.NOT_UTF8, name, "the name of " + name + " is not valid UTF-8");
            return true;
        }
        Optional<Finding> pathProblem = PathRules.shapeProblem(path);
        if (pathProblem.isPresent()) {
            // named as the archive names it; its length is judged once a common folder is removed
            Finding problem = pathProblem.get();
            refusals.add(new Finding(problem.kind(), problem.severity(), name, 0, problem.rule(), problem.message()));
            return true;
        }
        // the per-file limit, and what is left of the version's: reading stops one byte past either
        long room = Math.min(limits.bytesPerFile(), limits.bytesPerVersion() - bytes);
        current = name;
        byte[] content = BoundedRead.atMost(data, room);
        current = null;
        if (content.length > room) {
            if (content.length > limits.bytesPerFile()) {
                refuse(FileRule.FILE_TOO_LARGE, name, name + " holds more than the "
                        + ByteSizes.describe(limits.bytesPerFile()) + " a file may hold");
            } else {
                refuse(FileRule.VERSION_TOO_LARGE, archiveName, "the files of " + archiveName + " hold more than the "
                        + ByteSizes.describe(limits.bytesPerVersion()) + " a version may hold");
            }
            return false;
        }
        bytes += content.length;
        text(name, path, content);
        return true;
    }

    /** Refuses the file being read as damaged, or the archive when the damage is in its headers. */
    void corrupt() {
        String name = current == null ? archiveName : current;
        refuse(FileRule.ARCHIVE_CORRUPT, name, (current == null ? archiveName : current + " in " + archiveName)
                + " cannot be read: the archive is damaged or truncated");
    }

    void refuse(FileRule rule, String name, String message) {
        refusals.add(rule.finding(name, 0, message));
    }

    /** The files, with a folder common to all of them removed, or the refusals. */
    ArchiveContents result() {
        if (!refusals.isEmpty()) {
            return ArchiveContents.refused(refusals);
        }
        List<ConfigurationFile> read = new ArrayList<>();
        int strip = commonFolderLength();
        for (Read file : files) {
            read.add(new ConfigurationFile(file.path().substring(strip), file.text()));
        }
        read.sort((a, b) -> PathOrder.compare(a.path(), b.path()));
        List<Finding> findings = FileSetRules.check(read, limits);
        return findings.isEmpty() ? ArchiveContents.accepted(read) : ArchiveContents.refused(findings);
    }

    private void text(String name, String path, byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                refuse(FileRule.BINARY, name, name + " holds a NUL byte: it looks binary, and a version holds text "
                        + "files only");
                return;
            }
        }
        StrictUtf8.Decoded decoded = StrictUtf8.decode(content);
        if (!decoded.valid()) {
            refusals.add(FileRule.NOT_UTF8.finding(name, decoded.invalidLine(), name + " is not UTF-8 text (line "
                    + decoded.invalidLine() + "): save it as UTF-8, or leave it out if it is binary"));
            return;
        }
        Optional<Finding> notText = TextRules.problem(name, decoded.text());
        if (notText.isPresent()) {
            refusals.add(notText.get());
            return;
        }
        files.add(new Read(name, path, decoded.text()));
    }

    /**
     * The length of {@code folder/} when every file is inside that one folder: GitHub's release archives and most
     * "compress this folder" tools wrap the files in one, which is not part of the configuration.
     */
    private int commonFolderLength() {
        if (files.isEmpty()) {
            return 0;
        }
        String first = files.get(0).path();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return 0;
        }
        String prefix = first.substring(0, slash + 1);
        for (Read file : files) {
            if (!file.path().startsWith(prefix)) {
                return 0;
            }
        }
        return prefix.length();
    }

    /**
     * What macOS adds to the archives it makes: {@code __MACOSX/} (resource forks), {@code ._name} (extended
     * attributes) and {@code .DS_Store} (Finder's view settings). Nobody means them as configuration, and they are
     * binary: skipped rather than refused.
     */
    private static boolean isOperatingSystemLitter(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("__MACOSX/") || last.equals(".DS_Store") || last.startsWith("._");
    }
}
