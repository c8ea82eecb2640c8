package st.libreho.registry.internal.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import io.quarkus.qute.TemplateData;
import st.libreho.platform.web.FormErrors;
import st.libreho.registry.ConfigurationFile;

/**
 * The form that publishes a version, as typed: its number, what changed, and its files, each a pair of fields (a path
 * and a content) numbered from 1, so that a form shown again after a refusal holds exactly what the person pasted.
 * The files may come from an uploaded archive instead; they are then put in the pairs, where the person can fix what
 * the checks found without uploading again.
 */
@TemplateData
public class PublishForm {

    /** How many empty pairs a form offers beyond the files it holds, and how many more "More files" adds. */
    static final int EMPTY_PAIRS = 5;
    /** A bound on the pairs a form reads, far above the registry's limit on files, against a forged form. */
    static final int MAX_PAIRS = 2_000;

    /** One file of the form: its number (from 1), its path and its content as typed. */
    @TemplateData
    public record FilePair(int number, String path, String content) {

        /** The path field's name and id. */
        public String pathKey() {
            return "file-" + number + "-path";
        }

        /** The content field's name and id: where a finding about this file links. */
        public String contentKey() {
            return "file-" + number + "-content";
        }

        boolean isEmpty() {
            return blank(path) && (content == null || content.isEmpty());
        }
    }

    public final String version;
    public final String changelog;
    public final List<FilePair> files;
    /** The uploaded archive's name, when the files come from one; null otherwise. */
    public final String archiveName;

    PublishForm(String version, String changelog, List<FilePair> files, String archiveName) {
        this.version = version;
        this.changelog = changelog;
        this.files = List.copyOf(files);
        this.archiveName = archiveName;
    }

    /** A new version's form: the files of the last version to start from (or none), and empty pairs after them. */
    static PublishForm start(String version, List<ConfigurationFile> files) {
        return new PublishForm(version, "", pairs(files, EMPTY_PAIRS), null);
    }

    /** The form as the browser sent it; the uploaded archive, if any, is read apart ({@link #archive}). */
    static PublishForm read(MultipartFormDataInput input) {
        Map<String, Collection<FormValue>> values = input.getValues();
        List<FilePair> files = new ArrayList<>();
        int count = Math.min(number(text(values, "files")), MAX_PAIRS);
        for (int i = 1; i <= count; i++) {
            files.add(new FilePair(i, text(values, "file-" + i + "-path"), text(values, "file-" + i + "-content")));
        }
        return new PublishForm(text(values, "version"), text(values, "changelog"), files, null);
    }

    /** The archive the form uploaded, or null when none was chosen (a browser then sends an empty part). */
    static FormValue archive(MultipartFormDataInput input) {
        Collection<FormValue> parts = input.getValues().get("archive");
        if (parts == null || parts.isEmpty()) {
            return null;
        }
        FormValue part = parts.iterator().next();
        if (!part.isFileItem()) {
            return null;
        }
        try {
            return part.getFileItem().getFileSize() == 0 && blank(part.getFileName()) ? null : part;
        } catch (java.io.IOException unreadable) {
            return null;
        }
    }

    static String action(MultipartFormDataInput input) {
        String action = text(input.getValues(), "action");
        return action == null ? "" : action;
    }

    /** The same form with {@code more} empty pairs added. */
    PublishForm withMorePairs() {
        List<FilePair> more = new ArrayList<>(files);
        for (int i = 0; i < EMPTY_PAIRS; i++) {
            more.add(new FilePair(more.size() + 1, "", ""));
        }
        return new PublishForm(version, changelog, more, archiveName);
    }

    /** The same form with the files of an uploaded archive in its pairs, in place of those typed. */
    PublishForm withArchive(List<ConfigurationFile> archived, String name) {
        return new PublishForm(version, changelog, pairs(archived, 2), name);
    }

    /**
     * The files typed: each pair with a path or a content, in order; a content without a path is a problem named at
     * its pair, and so is a path given twice.
     */
    List<ConfigurationFile> files(FormErrors errors, RegistryLabels labels) {
        List<ConfigurationFile> typed = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (FilePair pair : files) {
            if (pair.isEmpty()) {
                continue;
            }
            String field = pair.pathKey();
            if (blank(pair.path())) {
                errors.add(field, labels.terms().problem_path_missing(pair.number()));
                continue;
            }
            String path = pair.path().strip();
            if (!paths.add(path)) {
                errors.add(field, labels.terms().problem_path_twice(path));
                continue;
            }
            typed.add(new ConfigurationFile(path, lineEnds(pair.content())));
        }
        return typed;
    }

    /**
     * A pasted file's text with Unix line ends. A browser sends a text area's lines ended with CR LF whatever was
     * pasted; the files of a configuration are nearly always LF (YAML, .env, shell), and a version published from the
     * form must hash and diff like the same files uploaded. (A file that needs CR LF is uploaded in an archive.)
     */
    static String lineEnds(String content) {
        return content == null ? "" : content.replace("\r\n", "\n");
    }

    /** The pair that holds a file, to link a finding to it; 0 when none does. */
    public int pairOf(String path) {
        if (path == null) {
            return 0;
        }
        return files.stream().filter(pair -> pair.path() != null && pair.path().strip().equals(path))
                .mapToInt(FilePair::number).findFirst().orElse(0);
    }

    private static List<FilePair> pairs(List<ConfigurationFile> files, int empty) {
        List<FilePair> pairs = new ArrayList<>();
        for (ConfigurationFile file : files) {
            pairs.add(new FilePair(pairs.size() + 1, file.path(), file.content()));
        }
        for (int i = 0; i < empty; i++) {
            pairs.add(new FilePair(pairs.size() + 1, "", ""));
        }
        return pairs;
    }

    private static String text(Map<String, Collection<FormValue>> values, String name) {
        Collection<FormValue> found = values.get(name);
        if (found == null || found.isEmpty()) {
            return null;
        }
        FormValue value = found.iterator().next();
        return value.isFileItem() ? null : value.getValue();
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
