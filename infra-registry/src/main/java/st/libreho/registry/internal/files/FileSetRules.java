package st.libreho.registry.internal.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.Finding;

/**
 * The rules every set of files a version is made of must pass, whether it was typed in a form, sent to the API or read
 * from an archive. Each finding is of kind FILE, blocks publishing, and names the file (or none, for the set as a
 * whole). All problems are reported at once, so that a person fixes them in one go.
 *
 * <p>
 * Paths are relative, '/'-separated, without {@code .}, {@code ..} or empty segments, backslashes, control
 * characters or a {@code .git} folder, and at most {@value PathRules#MAX_LENGTH} characters. Two paths that differ only
 * by case or Unicode normalisation ({@code Compose.yml} and {@code compose.yml}) are refused like duplicates: on macOS
 * and Windows they are one file, and a checkout there would silently lose one of them.
 */
public final class FileSetRules {

    private FileSetRules() {
    }

    /** What is wrong with {@code files} under {@code limits}; empty when they can make a version. */
    public static List<Finding> check(List<ConfigurationFile> files, FileLimits limits) {
        List<Finding> findings = new ArrayList<>();
        if (files.isEmpty()) {
            findings.add(FileRule.EMPTY_SET.finding(null, 0, "a version needs at least one file"));
            return findings;
        }
        if (files.size() > limits.filesPerVersion()) {
            findings.add(FileRule.TOO_MANY_FILES.finding(null, 0, "a version holds at most " + limits.filesPerVersion()
                    + " files, and these are " + files.size()));
        }
        Set<String> paths = new HashSet<>();
        Map<String, String> byNormalisedPath = new HashMap<>();
        long total = 0;
        for (ConfigurationFile file : files) {
            String path = file.path();
            PathRules.problem(path).ifPresent(findings::add);
            if (!paths.add(path)) {
                findings.add(FileRule.PATH_DUPLICATE.finding(path, 0, "there are two files named " + path));
            } else {
                String earlier = byNormalisedPath.putIfAbsent(normalisedPath(path), path);
                if (earlier != null) {
                    findings.add(FileRule.PATH_CASE_CLASH.finding(path, 0, path + " and " + earlier
                            + " differ only by case or accents: on macOS and Windows they would be one file"));
                }
            }
            TextRules.problem(path, file.content()).ifPresent(findings::add);
            long bytes = TextRules.utf8Length(file.content());
            if (bytes > limits.bytesPerFile()) {
                findings.add(FileRule.FILE_TOO_LARGE.finding(path, 0, path + " holds " + ByteSizes.describe(bytes)
                        + ", more than the " + ByteSizes.describe(limits.bytesPerFile()) + " a file may hold"));
            }
            total += bytes;
        }
        if (total > limits.bytesPerVersion()) {
            findings.add(FileRule.VERSION_TOO_LARGE.finding(null, 0, "the files hold " + ByteSizes.describe(total)
                    + " together, more than the " + ByteSizes.describe(limits.bytesPerVersion())
                    + " a version may hold"));
        }
        return findings;
    }

    /**
     * The form in which two paths are compared for clashes: composed Unicode (NFC), each character case-folded. Two
     * paths with the same normalised form are one file on macOS and Windows.
     */
    public static String normalisedPath(String path) {
        return PathRules.normalised(path);
    }
}
