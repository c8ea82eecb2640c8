package st.libreho.registry.internal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import st.libreho.registry.ConfigurationFormat;
import st.libreho.registry.ConfigurationStatus;
import st.libreho.registry.FindingKind;
import st.libreho.registry.Severity;

/**
 * The registry's vocabulary in words: formats, statuses, what a check found, the names of the forms' fields and what
 * can be wrong with them. Templates read it as {@code regterm:}, Java code through {@link RegistryLabels}.
 * <p>
 * The enums use Qute's enum localization, as the directory's terms do: a method with a single enum parameter and a
 * bare {@code @Message} reads each constant from the key {@code <method>_<CONSTANT>} (or {@code <method>_$<CONSTANT>}
 * when a constant of that enum contains an underscore). Those keys have no annotation to hold their English, so
 * English is in {@code messages/regterm.properties} and French in {@code messages/regterm_fr.properties}; a test
 * checks that both have every key.
 */
@MessageBundle("regterm")
public interface RegistryTerms {

    @Message
    String format(ConfigurationFormat format);

    @Message
    String status(ConfigurationStatus status);

    @Message
    String kind(FindingKind kind);

    @Message
    String severity(Severity severity);

    // --- a file's change between two versions -----------------------------------------------------------------

    @Message("added")
    String change_added();

    @Message("removed")
    String change_removed();

    @Message("changed")
    String change_modified();

    // --- fields -----------------------------------------------------------------------------------------------

    @Message("Organisation")
    String field_owner();

    @Message("Short name")
    String field_slug();

    @Message("Title")
    String field_title();

    @Message("Software")
    String field_software();

    @Message("Software's name")
    String field_software_name();

    @Message("Software's source code")
    String field_software_source();

    @Message("Software's licence")
    String field_software_licence();

    @Message("Format")
    String field_format();

    @Message("Tags")
    String field_tags();

    @Message("Status")
    String field_status();

    @Message("README")
    String field_readme();

    @Message("Version")
    String field_version();

    @Message("What changed")
    String field_changelog();

    @Message("Files")
    String field_files();

    @Message("Archive")
    String field_archive();

    @Message("Into the organisation")
    String field_into();

    @Message("New short name")
    String field_new_slug();

    @Message("From version")
    String field_from();

    @Message("To version")
    String field_to();

    @Message("Download as")
    String field_bundle_format();

    @Message("Path")
    String field_path();

    @Message("Content")
    String field_content();

    // --- problems ---------------------------------------------------------------------------------------------

    @Message("is required")
    String problem_required();

    @Message("must be at most {limit} characters long")
    String problem_max_length(String limit);

    @Message("may hold only lower-case letters a to z, digits and hyphens, at most {limit}, and must start and end "
            + "with a letter or a digit")
    String problem_slug(String limit);

    @Message("must be an address starting with https:// or http://")
    String problem_url();

    @Message("must be a valid SPDX licence expression, such as AGPL-3.0-or-later or MIT OR Apache-2.0: {reason}")
    String problem_spdx(String reason);

    @Message("must be free software, approved by the OSI or the FSF: {reason}")
    String problem_not_free(String reason);

    @Message("may hold only lower-case words of letters, digits and hyphens, at most {limit} characters each: "
            + "“{tag}” is not one")
    String problem_tag(String limit, String tag);

    @Message("may hold at most {limit} tags")
    String problem_too_many(String limit);

    @Message("is already used by another configuration of this organisation: choose another")
    String problem_taken();

    @Message("must be a semantic version such as 1.2.0: three numbers separated by dots, without a leading “v” "
            + "(see semver.org)")
    String problem_semver();

    @Message("must be greater than the last version published, {last}")
    String problem_not_greater(String last);

    @Message("is not a version of this configuration")
    String problem_unknown_version();

    @Message("has no default: give it a value")
    String problem_value_required();

    @Message("is not one of the choices offered")
    String problem_unknown_choice();

    @Message("must be a zip or a tar.gz archive")
    String problem_archive();

    @Message("must hold at least one file: paste one below, or upload an archive")
    String problem_no_files();

    @Message("needs a path: the content of file {number} has none")
    String problem_path_missing(int number);

    @Message("is given twice: {path}")
    String problem_path_twice(String path);
}
