package st.libreho.registry.internal.files;

import st.libreho.registry.Finding;
import st.libreho.registry.FindingKind;
import st.libreho.registry.Severity;

/**
 * The rules a version's files and an uploaded archive are held to, each with the stable id its findings carry (for
 * people and scripts). Every one of them blocks publishing.
 */
public enum FileRule {
    /** A version without a single file. */
    EMPTY_SET("empty-set"),
    /** An empty path. */
    PATH_EMPTY("path-empty"),
    /** A path longer than {@link PathRules#MAX_LENGTH} characters. */
    PATH_TOO_LONG("path-too-long"),
    /** A path with a control character (a line break, a tab, NUL...). */
    PATH_CONTROL_CHARACTER("path-control-character"),
    /** {@code /etc/passwd}, {@code C:\x}, {@code \\server\share}: a path that leaves the version's folder. */
    PATH_ABSOLUTE("path-absolute"),
    /** A backslash: a separator on Windows, a character elsewhere, so the same path means two things. */
    PATH_BACKSLASH("path-backslash"),
    /** A {@code .} or {@code ..} segment. */
    PATH_DOT_SEGMENT("path-dot-segment"),
    /** {@code a//b}, a trailing {@code /}. */
    PATH_EMPTY_SEGMENT("path-empty-segment"),
    /** A {@code .git} segment: git's own files would take over the checkout of whoever clones the files. */
    PATH_GIT("path-git"),
    /** Two files with the same path. */
    PATH_DUPLICATE("path-duplicate"),
    /** Two paths that differ only by case or Unicode normalisation: one file on macOS and Windows. */
    PATH_CASE_CLASH("path-case-clash"),
    /** A file that is not text: a NUL byte, control characters, half of a character. */
    BINARY("binary"),
    /** A file that is not valid UTF-8. */
    NOT_UTF8("not-utf8"),
    /** A file over the per-file limit. */
    FILE_TOO_LARGE("file-too-large"),
    /** More files than a version may hold. */
    TOO_MANY_FILES("too-many-files"),
    /** Files that together exceed the per-version limit. */
    VERSION_TOO_LARGE("version-too-large"),
    /** An upload that is neither a zip nor a tar.gz archive. */
    ARCHIVE_FORMAT("archive-format"),
    /** An archive that cannot be read to its end: truncated, corrupt, encrypted, an unknown compression. */
    ARCHIVE_CORRUPT("archive-corrupt"),
    /** An archive with more entries (files, folders and others) than it could need. */
    ARCHIVE_TOO_MANY_ENTRIES("archive-too-many-entries"),
    /** An archive larger, or expanding larger, than its files could be. */
    ARCHIVE_TOO_LARGE("archive-too-large"),
    /** A symbolic or hard link in an archive. */
    ARCHIVE_LINK("archive-link"),
    /** A device, a FIFO or another entry that is neither a file nor a folder. */
    ARCHIVE_SPECIAL_ENTRY("archive-special-entry");

    private final String id;

    FileRule(String id) {
        this.id = id;
    }

    /** The id findings carry in {@link Finding#rule()}. */
    public String id() {
        return id;
    }

    /** A blocking finding of this rule about {@code file} (null for the whole set), at {@code line} (0 for none). */
    Finding finding(String file, int line, String message) {
        return new Finding(FindingKind.FILE, Severity.ERROR, file, line, id, message);
    }
}
