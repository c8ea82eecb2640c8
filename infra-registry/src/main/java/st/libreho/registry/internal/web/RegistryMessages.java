package st.libreho.registry.internal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the registry's pages (templates read them as {@code reg:}). English is the default here; French is in
 * {@code messages/reg_fr.properties}, and a test checks that both have every key. The registry's vocabulary (formats,
 * statuses, fields, problems) is in {@link RegistryTerms}.
 */
@MessageBundle("reg")
public interface RegistryMessages {

    // --- the list -------------------------------------------------------------------------------------------

    @Message("Service configurations shared by the network's members. Read their files, compare their versions, "
            + "clone one into your organisation, or download one ready to deploy with your own values. Every "
            + "version was checked for secrets before it was published, and never changes.")
    String list_lead();

    @Message("Configurations found")
    String list_title_filtered();

    @Message("Share a configuration")
    String list_share();

    @Message("Find configurations")
    String list_search_label();

    @Message("Words")
    String list_words();

    @Message("Found in the title, the software's name or the README.")
    String list_words_hint();

    @Message("Any")
    String list_any();

    @Message("An SPDX expression, exactly: AGPL-3.0-only")
    String list_licence_hint();

    @Message("Tag")
    String list_tag();

    @Message("The organisation's short name, as in its address")
    String list_owner_hint();

    @Message("Search")
    String list_search();

    @Message("Clear the filters")
    String list_clear();

    @Message("{#if total == 0}No configuration{#else if total == 1}1 configuration{#else}{total} configurations{/if}")
    String list_count(long total);

    @Message("No configuration matches these filters.")
    String list_nothing();

    @Message("No configuration has been shared yet.")
    String list_empty();

    @Message("no version yet")
    String list_no_version();

    @Message("Last change")
    String list_updated();

    @Message("The same list for programs, as JSON:")
    String list_api();

    // --- sharing and editing --------------------------------------------------------------------------------

    @Message("Share a configuration")
    String create_title();

    @Message("Describe the configuration first: what it deploys, for which software, under which licence. You "
            + "publish its files as its first version next.")
    String create_lead();

    @Message("Share")
    String create_button();

    @Message("""
            What this configuration deploys, and how.

            ## Before you start

            What a host needs: a server, a domain name, DNS records, other services.

            ## Deploy

            The commands, in order.

            ## Upgrade and backups

            What to do before and after an upgrade, and what to back up.
            """)
    String create_readme();

    @Message("The member organisation that shares it; you speak for it through its delegation.")
    String hint_owner();

    @Message("Part of its address, /registry/organisation/short-name: lower-case letters, digits and hyphens, such "
            + "as bonfire or nextcloud-aio. It cannot change later.")
    String hint_slug();

    @Message("What a reader looks for, such as “Bonfire on Co-op Cloud”.")
    String hint_title();

    @Message("As its authors call it, such as Bonfire.")
    String hint_software_name();

    @Message("Where the software's source code is published, such as https://github.com/bonfire-networks/bonfire-app.")
    String hint_software_source();

    @Message("The software's licence as an SPDX expression, such as AGPL-3.0-or-later or MIT OR Apache-2.0. Only free "
            + "software is shared here: approved by the OSI or the FSF.")
    String hint_software_licence();

    @Message("What kind of files it holds, which says how one deploys it.")
    String hint_format();

    @Message("How far you trust it. A configuration is never removed (its clones point at it): mark it deprecated "
            + "instead.")
    String hint_status();

    @Message("Up to 10 words that say what it is about, separated by commas, such as fediverse, social. Lower-case "
            + "letters, digits and hyphens.")
    String hint_tags();

    @Message("Markdown: what it deploys, what a host needs, how to deploy and upgrade it.")
    String hint_readme();

    @Message("Edit “{title}”")
    String edit_title(String title);

    @Message("Its details only: its versions are published once and never change.")
    String edit_lead();

    @Message("Someone else saved changes to this configuration while you were editing. Their changes to the fields "
            + "you left alone are kept. Where you both changed a field, the form below holds what you typed: change "
            + "it if needed, then save again to apply it over their version.")
    String conflict_text();

    @Message("Now in the registry")
    String conflict_theirs();

    @Message("Save my version")
    String conflict_save_mine();

    // --- notices --------------------------------------------------------------------------------------------

    @Message("The configuration is shared.")
    String notice_created();

    @Message("Publish its first version.")
    String notice_created_next();

    @Message("Your changes were saved.")
    String notice_saved();

    @Message("The configuration was cloned: this is your organisation's copy, which remembers where it came from.")
    String notice_cloned();

    @Message("Version {version} is published.")
    String notice_published(String version);

    @Message("The checks found things worth a look, which did not block it: see the warnings below.")
    String notice_published_warnings();

    // --- a configuration ------------------------------------------------------------------------------------

    @Message("Deprecated: its owner advises against using it.")
    String configuration_deprecated();

    @Message("Manage this configuration")
    String configuration_manage();

    @Message("Publish a version")
    String configuration_publish();

    @Message("Edit details")
    String configuration_edit();

    @Message("This configuration has no README yet.")
    String configuration_no_readme();

    @Message("About")
    String configuration_about();

    @Message("Shared")
    String configuration_shared();

    @Message("by {name} on {date}")
    String configuration_shared_by(String name, String date);

    @Message("The same for programs, as JSON:")
    String configuration_api();

    @Message("Where it comes from")
    String parent_title();

    @Message("Cloned from")
    String parent_cloned_from();

    @Message("{#if count == 1}1 version behind{#else}{count} versions behind{/if}")
    String parent_behind(int count);

    @Message("see what changed from {from} to {to}")
    String parent_see_changes(String from, String to);

    @Message("up to date with it")
    String parent_up_to_date();

    @Message("Versions")
    String versions_title();

    @Message("No version has been published yet.")
    String versions_none();

    @Message("Publish the first version")
    String versions_publish_first();

    @Message("latest")
    String versions_latest();

    @Message("by {author} on {date}")
    String versions_by(String author, String date);

    @Message("{#if count == 1}1 file{#else}{count} files{/if}")
    String versions_files(int count);

    @Message("what changed since {version}")
    String versions_changes_from(String version);

    @Message("Content hash")
    String hash_label();

    @Message("Compare two versions")
    String compare_title();

    @Message("Compare")
    String compare_button();

    @Message("Clones")
    String clones_title();

    @Message("Used by")
    String used_by_title();

    @Message("No service in the directory says it runs this configuration yet.")
    String used_by_none();

    @Message("version {version}")
    String used_by_version(String version);

    @Message("A delegate says so on their service in the directory, with {owner}/{slug}@version as its registry "
            + "configuration.")
    String used_by_how(String owner, String slug);

    @Message("Clone into your organisation")
    String clone_title();

    @Message("Your organisation gets its own copy of a version, which it can change and publish. The copy remembers "
            + "where it came from, and its page says when this one publishes newer versions.")
    String clone_lead();

    @Message("Optional: the copy's short name, if not {slug}.")
    String clone_slug_hint(String slug);

    @Message("Clone")
    String clone_button();

    // --- a version ------------------------------------------------------------------------------------------

    @Message("What you can do with this version")
    String version_actions();

    @Message("a newer version is out: {version}")
    String version_newer(String version);

    @Message("{#if count == 1}its file{#else}its {count} files{/if}")
    String version_files_link(int count);

    @Message("It identifies this version's files, their paths and contents, and nothing else: the same files always "
            + "give the same hash, and a version never changes.")
    String hash_explained();

    @Message("How to check it against the files you have")
    String hash_how();

    @Message("Variables")
    String variables_title();

    @Message("What you fill in to run the service yourself. A secret's value is generated for you, and never shown "
            + "here.")
    String variables_lead();

    @Message("This version has no variables.")
    String variables_none();

    @Message("Name")
    String variable_name();

    @Message("What it is for")
    String variable_description();

    @Message("Default")
    String variable_default();

    @Message("Kind")
    String variable_kind();

    @Message("required")
    String variable_required();

    @Message("secret")
    String variable_secret();

    @Message("not shown")
    String variable_secret_default();

    @Message("Warnings")
    String warnings_title();

    @Message("What the checks found when it was published that did not block it.")
    String warnings_lead();

    @Message("{#if count == 1}1 line{#else}{count} lines{/if}")
    String file_lines(int count);

    @Message("Severity")
    String finding_severity();

    @Message("Check")
    String finding_kind();

    @Message("File")
    String finding_file();

    @Message("Line")
    String finding_line();

    @Message("Rule")
    String finding_rule();

    @Message("What was found")
    String finding_message();

    @Message("the whole version")
    String finding_whole();

    // --- publishing -----------------------------------------------------------------------------------------

    @Message("Publish a version of “{title}”")
    String publish_title(String title);

    @Message("Before anything is stored, every file is checked: for secrets (keys, tokens, passwords written in a "
            + "file), for variables used and not declared, and for files that cannot be part of a version. Once "
            + "published, a version never changes and is never removed.")
    String publish_lead();

    @Message("A semantic version greater than the last one, such as {suggested}.")
    String publish_version_hint(String suggested);

    @Message("Optional, in Markdown: what changed, and what someone who runs the last version must do.")
    String publish_changelog_hint();

    @Message("Paste each file in a pair of fields below, or upload them all as one archive.")
    String publish_files_hint();

    @Message("An archive of the files")
    String publish_archive();

    @Message("A zip or a tar.gz of text files; a single folder at its top is left out. When you choose one, its files "
            + "replace those in the fields below.")
    String publish_archive_hint();

    @Message("The files below come from {name}. Fix them here if the checks found something, and publish again: no "
            + "need to upload it again.")
    String publish_from_archive(String name);

    @Message("The fields hold the files of the last version: change what changed. A version holds every file, so "
            + "keep the ones that did not change. Empty both fields of a pair to leave a file out.")
    String publish_prefilled();

    @Message("Each file: its path in the version, such as compose.yml or config/nginx.conf, and its content. Pairs "
            + "left empty are ignored.")
    String publish_pairs_hint();

    @Message("File {number}")
    String publish_file(int number);

    @Message("Path of file {number}")
    String publish_file_path(int number);

    @Message("Content of file {number}")
    String publish_file_content(int number);

    @Message("More file fields")
    String publish_more();

    @Message("Publish")
    String publish_button();

    @Message("Check only")
    String publish_check();

    @Message("Nothing was published")
    String publish_refused_title();

    @Message("The checks found what is marked as an error below. Fix it in the files and publish again. A secret "
            + "belongs in a variable: write $\\{NAME} in the file and declare NAME; its value is then generated for "
            + "each person who replicates the service.")
    String publish_refused_text();

    @Message("A secret's value is only ever shown masked. Your files are kept in the form below so that you can fix "
            + "them; neither your browser nor any proxy keeps a copy of this page.")
    String publish_refused_kept();

    @Message("The checks passed")
    String publish_checked_title();

    @Message("Nothing was stored yet. Published now, this would be version {version}.")
    String publish_checked_text(String version);

    @Message("Not blocking")
    String publish_warnings();

    @Message("The variables it would declare")
    String publish_checked_variables();

    @Message("Proposed from the files: each $\\{NAME} they use, with the default and description the files give "
            + "(a comment above a line of a .env file describes it).")
    String publish_checked_variables_hint();

    // --- replicating ----------------------------------------------------------------------------------------

    @Message("Fill in the values and download")
    String replicate_link();

    @Message("Replicate “{title}” {version}")
    String replicate_title(String title, String version);

    @Message("Fill in the values for your service, and download the version's files with a .env that holds them, "
            + "ready to deploy.")
    String replicate_lead();

    @Message("What you type here is neither stored nor written to any log, and this page is not kept by your browser.")
    String replicate_private();

    @Message("This version has no variables: the download holds its files only.")
    String replicate_no_variables();

    @Message("Required")
    String replicate_required();

    @Message("Secrets")
    String replicate_secrets();

    @Message("Optional")
    String replicate_optional();

    @Message("Each holds its default, which the configuration's authors chose; change what your service needs. A "
            + "field left empty stays empty in the .env.")
    String replicate_optional_hint();

    @Message("Generate a random value")
    String replicate_generate();

    @Message("For a secret, leave its field empty and keep “Generate a random value” ticked: a new value is made for "
            + "you with a secure random generator. A value you type is used as it is.")
    String replicate_generate_hint();

    @Message("tar.gz (keeps the .env readable by its owner only)")
    String replicate_tar();

    @Message("zip")
    String replicate_zip();

    @Message("Download")
    String replicate_button();

    @Message("After the download")
    String replicate_after_title();

    @Message("Unpack it in an empty folder, read the README, and keep the .env private: it holds your secrets. Do not "
            + "commit it.")
    String replicate_after_text();

    @Message("The version's own files give its content hash (leave the generated .env out).")
    String replicate_verify();

    // --- differences ----------------------------------------------------------------------------------------

    @Message("{owner}/{slug}: from {from} to {to}")
    String diff_title(String owner, String slug, String from, String to);

    @Message("What changed from {from} to {to}")
    String diff_heading(String from, String to);

    @Message("The two versions have the same files.")
    String diff_same();

    @Message("{#if files == 1}1 file changed{#else}{files} files changed{/if}: {added} {#if added == 1}line{#else}"
            + "lines{/if} added, {removed} removed")
    String diff_summary(int files, int added, int removed);

    @Message("{added} {#if added == 1}line{#else}lines{/if} added, {removed} removed")
    String diff_counts(int added, int removed);

    @Message("The whole change as one unified diff")
    String diff_raw();

    @Message("(plain text, which git apply and patch -p1 take)")
    String diff_raw_hint();

    @Message("An empty file.")
    String diff_empty_file();

    @Message("Old line")
    String diff_old_line();

    @Message("New line")
    String diff_new_line();

    @Message("Line")
    String diff_text();

    @Message("added")
    String diff_added();

    @Message("removed")
    String diff_removed();

    // --- the content hash -----------------------------------------------------------------------------------

    @Message("Checking a version's content hash")
    String hash_page_title();

    @Message("Every version shows a content hash, such as sha256:bd514b0e…. If the hash you compute over the files "
            + "you have is the one the registry shows, you have exactly the files that were published.")
    String hash_page_lead();

    @Message("How it is made")
    String hash_page_scheme_title();

    @Message("sha256: followed by the lower-case hexadecimal SHA-256 of these bytes, for each file in the order of "
            + "its path:")
    String hash_page_scheme();

    @Message("the path, in UTF-8 (relative, folders separated by /, such as config/nginx.conf);")
    String hash_page_step_path();

    @Message("one 0 byte;")
    String hash_page_step_zero();

    @Message("the number of bytes of the content, in decimal digits;")
    String hash_page_step_length();

    @Message("the content's bytes, exactly as published.")
    String hash_page_step_content();

    @Message("Paths are sorted by their Unicode code points, which is what LC_ALL=C sort and Python's sorted() give. "
            + "Only paths and contents count: not the archive they come in, not their dates nor their modes.")
    String hash_page_order();

    @Message("Check the files you have")
    String hash_page_check_title();

    @Message("Unpack the version's files into an empty folder and run one of these in it; compare what it prints "
            + "with the hash on the version's page.")
    String hash_page_check();

    @Message("A POSIX shell with sha256sum")
    String hash_page_shell();

    @Message("On macOS, replace sha256sum by shasum -a 256.")
    String hash_page_macos();

    @Message("A download with your values")
    String hash_page_bundle_title();

    @Message("The archive you download to replicate a service holds the version's files and a .env made from your "
            + "values, which is not part of the version: leave it out (add ! -path ./.env to find). When the version "
            + "has a .env of its own, the generated one replaced it: check the version's files instead.")
    String hash_page_bundle();

    @Message("What it proves")
    String hash_page_limits_title();

    @Message("That the files are the ones published on the registry, not who published them: read the version's "
            + "author and the configuration's owner on its page.")
    String hash_page_limits();
}
