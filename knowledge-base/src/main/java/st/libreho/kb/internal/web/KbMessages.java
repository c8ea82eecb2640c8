package st.libreho.kb.internal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the knowledge base's pages (templates read them as {@code kb:}). English is the default here; French
 * is in {@code messages/kb_fr.properties}, and a test checks that both have every key.
 */
@MessageBundle("kb")
public interface KbMessages {

    // --- the wiki's home --------------------------------------------------------------------------------------

    @Message("The network's shared knowledge: guides, techniques, and how we work together. Anyone reads the "
            + "public pages; members of the network write them.")
    String home_lead();

    @Message("Pages")
    String home_pages();

    @Message("No pages yet.")
    String home_empty();

    @Message("Recent changes")
    String home_changes();

    @Message("Create a page")
    String home_create();

    @Message("Its address, for example guides/backups: words in lower case, with / between the levels.")
    String home_create_hint();

    @Message("Open the editor")
    String home_create_button();

    @Message("No page can be at this address")
    String path_refused_title();

    @Message("/kb/{path} cannot hold a page: its address {problem}.")
    String path_refused(String path, String problem);

    // --- a page -----------------------------------------------------------------------------------------------

    @Message("You are here")
    String breadcrumbs();

    @Message("{language} · last changed by {author} on {date}")
    String page_meta(String language, String author, String date);

    @Message("Members only")
    String page_members_only();

    @Message("Edit")
    String page_edit();

    @Message("Move")
    String page_move();

    @Message("History")
    String page_history();

    @Message("Contents")
    String page_contents();

    @Message("Pages below this one")
    String page_children();

    @Message("Pages that link here")
    String page_backlinks();

    @Message("Attached files")
    String page_attachments();

    @Message("Attach a file")
    String page_attach();

    @Message("File")
    String page_attach_file();

    @Message("Show an attached image in the text with ![description](attachments/name.png). A file with a name already attached becomes its new version; the older one is kept.")
    String page_attach_help();

    @Message("Tags")
    String page_tags();

    @Message("Links to pages not written yet")
    String page_missing_links();

    @Message("Create")
    String page_create_missing();

    @Message("Your changes were saved.")
    String notice_saved();

    @Message("Your changes were saved. Someone else saved changes to this page while you were editing; theirs and "
            + "yours did not overlap, so both were kept. Check that the page reads as you meant.")
    String notice_merged();

    @Message("There is no page here")
    String missing_title();

    @Message("No page has the address /kb/{path}.")
    String missing_text(String path);

    @Message("Create this page")
    String missing_create();

    @Message("Members of the network write the knowledge base.")
    String missing_who();

    // --- editing ----------------------------------------------------------------------------------------------

    @Message("Edit “{title}”")
    String edit_title(String title);

    @Message("Create the page /kb/{path}")
    String create_title(String path);

    @Message("Address")
    String field_path();

    @Message("New address")
    String field_new_path();

    @Message("Title")
    String field_title();

    @Message("Language")
    String field_language();

    @Message("Who may read it")
    String field_visibility();

    @Message("Text")
    String field_markdown();

    @Message("Summary of your change")
    String field_summary();

    @Message("Revision you started from")
    String field_base_revision();

    @Message("Revision")
    String field_revision();

    @Message("Markdown: # for headings, **bold**, - for lists, [text](https://…) for links, | for tables. Link another "
            + "page with [[path]] or [[path|label]].")
    String hint_markdown();

    @Message("Optional: a few words for the history.")
    String hint_summary();

    @Message("Tags")
    String field_tags();

    @Message("Optional: up to 10 words that say what the page is about, separated by commas or spaces, such as "
            + "backup, email, tls-certificates. Lower-case letters, digits and hyphens.")
    String hint_tags();

    @Message("Everyone")
    String visibility_public();

    @Message("Members of the network only")
    String visibility_members();

    @Message("Preview")
    String button_preview();

    @Message("Save")
    String button_save();

    @Message("Propose this revision")
    String button_propose();

    @Message("This is a charter page governed by the network: nobody edits it directly. What you send is kept as a proposal, listed in the page's history; it becomes the page's text when the network adopts it by a charter-change decision.")
    String charter_governed_note();

    @Message("Proposed revisions")
    String proposals_title();

    @Message("Proposed by {author}")
    String proposal_by(String author);

    @Message("adopted as revision {revision}")
    String proposal_adopted(Integer revision);

    @Message("not adopted yet")
    String proposal_pending();

    @Message("adopted by decision {decision}")
    String kind_adopted(String decision);

    @Message("This page is governed by the network")
    String governed_title();

    @Message("/kb/{path} is a charter page: it changes only when the network adopts a revision by a charter-change "
            + "decision, so nobody edits, restores, moves it or attaches files to it directly. Nothing was changed. "
            + "Propose a revision instead: it is listed in the page's history until the network decides.")
    String governed_text(String path);

    @Message("Propose a revision")
    String governed_propose();

    @Message("Back to the page")
    String governed_back();

    @Message("Preview")
    String preview_title();

    @Message("This is how the text will look. It is not saved yet.")
    String preview_note();

    @Message("Someone else changed this page while you were editing")
    String conflict_title();

    @Message("Some of your changes and theirs touch the same lines or the same details, so nothing was saved. Your "
            + "text is still in the form below. Compare it with the page as it is now, keep what you want of both, "
            + "and save again.")
    String conflict_text();

    @Message("Another page is at this address now")
    String conflict_other_page_title();

    @Message("While you were editing, the page you started from was moved away and another page took its address, "
            + "/kb/{path}, so nothing was saved: your text would have gone into a page you did not edit. Your text is "
            + "still in the form below, beside the page that is here now. Save it only if you mean to change this "
            + "page; to change the page you started from, open it where it went (the recent changes say where).")
    String conflict_other_page_text(String path);

    @Message("Details both of you changed")
    String conflict_fields();

    @Message("Now on the page")
    String conflict_theirs();

    @Message("Yours")
    String conflict_yours();

    @Message("The text as it is now (revision {revision})")
    String conflict_current_text(int revision);

    @Message("From the text as it is now to yours")
    String conflict_diff();

    // --- moving -----------------------------------------------------------------------------------------------

    @Message("Move “{title}”")
    String move_title(String title);

    @Message("The page gets a new address. Its old address will lead to it, so that links and bookmarks keep "
            + "working. The pages below it stay where they are.")
    String move_lead();

    @Message("Move the page")
    String button_move();

    // --- history and revisions --------------------------------------------------------------------------------

    @Message("History of “{title}”")
    String history_title(String title);

    @Message("Revisions: {total}")
    String history_count(long total);

    @Message("No revision to show.")
    String history_empty();

    @Message("Revision {number}")
    String revision_number(int number);

    @Message("by {author}")
    String revision_by(String author);

    @Message("created the page")
    String kind_created();

    @Message("edited")
    String kind_edited();

    @Message("restored revision {number}")
    String kind_reverted(int number);

    @Message("moved the page from /kb/{from}")
    String kind_moved(String from);

    @Message("merged with changes saved meanwhile")
    String revision_merged();

    @Message("changes")
    String history_diff();

    @Message("view")
    String history_view();

    @Message("“{title}” as it was at revision {number}")
    String revision_title(String title, int number);

    @Message("This is an old revision of the page, saved on {date} by {author}.")
    String revision_old(String date, String author);

    @Message("This is the page's current revision.")
    String revision_current();

    @Message("See the current page")
    String revision_to_current();

    @Message("Compare with the current revision")
    String revision_compare_current();

    @Message("Restore this revision")
    String revert_title();

    @Message("Makes this revision's title, language and text current again, as a new revision; the page keeps who "
            + "may read it. Changes saved since then are kept where they do not overlap.")
    String revert_text();

    @Message("Restore this revision")
    String button_revert();

    // --- differences ------------------------------------------------------------------------------------------

    @Message("Changes to “{title}”")
    String diff_title(String title);

    @Message("From revision {from} to revision {to}")
    String diff_between(int from, int to);

    @Message("The text is the same in both revisions.")
    String diff_same_text();

    @Message("Title: “{from}” became “{to}”")
    String diff_title_changed(String from, String to);

    @Message("Language: {from} became {to}")
    String diff_language_changed(String from, String to);

    @Message("Who may read it: {from} became {to}")
    String diff_visibility_changed(String from, String to);

    @Message("Tags: {from} became {to}")
    String diff_tags_changed(String from, String to);

    @Message("none")
    String diff_no_tags();

    @Message("Old line")
    String diff_old_line();

    @Message("New line")
    String diff_new_line();

    @Message("Unchanged lines left out")
    String diff_gap();

    @Message("removed")
    String diff_removed();

    @Message("added")
    String diff_added();

    // --- recent changes ---------------------------------------------------------------------------------------

    @Message("Recent changes")
    String changes_title();

    @Message("Every change to the pages you may read, newest first.")
    String changes_lead();

    @Message("Nothing has changed yet.")
    String changes_empty();

    @Message("Follow the changes to public pages in a feed reader (Atom)")
    String changes_feed();

    // --- search -----------------------------------------------------------------------------------------------

    @Message("Search the knowledge base")
    String search_title();

    @Message("“{query}”: search")
    String search_title_for(String query);

    @Message("Words to find")
    String search_label();

    @Message("Search")
    String search_button();

    @Message("Accents and word endings do not matter: “securite” finds “Sécurité”.")
    String search_hint();

    @Message("Pages found for “{query}”: {count}")
    String search_found(long count, String query);

    @Message("Nothing found for “{query}”. Try fewer words, or other ones.")
    String search_nothing(String query);

    @Message("Only the pages tagged “{tag}”.")
    String search_tag_filter(String tag);

    @Message("Search every page")
    String search_tag_remove();

    // --- tags -------------------------------------------------------------------------------------------------

    @Message("Tags")
    String tags_title();

    @Message("The words the writers chose to say what their pages are about, each with its number of pages.")
    String tags_lead();

    @Message("No page has tags yet.")
    String tags_empty();

    @Message("Pages tagged “{tag}”")
    String tagged_title(String tag);

    @Message("Pages: {total}")
    String tagged_count(long total);

    @Message("No page you may read has the tag “{tag}”.")
    String tagged_none(String tag);

    @Message("Every tag")
    String tagged_all();

    // --- problems ---------------------------------------------------------------------------------------------

    @Message("is required")
    String problem_required();

    @Message("must be at most {limit} characters long")
    String problem_max_length(String limit);

    @Message("may hold only lower-case letters, digits, hyphens and underscores, with / between the levels")
    String problem_path_characters();

    @Message("may not be this: the wiki's own pages use it (an address may not end with edit, history, diff, "
            + "revisions, revert, move or preview, nor be changes, search, export or tags, nor start with tags/)")
    String problem_path_reserved();

    @Message("must be the code of a language, such as en or fr")
    String problem_language();

    @Message("already holds a page: choose another address")
    String problem_path_taken();

    @Message("is already the page's address")
    String problem_same_path();

    @Message("is not a revision of this page")
    String problem_unknown_revision();

    @Message("may hold only lower-case letters a to z, digits and hyphens between words: “{tag}” is not a tag"
            + "{#if suggestion}; “{suggestion}” would do{/if}")
    String problem_tag_characters(String tag, String suggestion);

    @Message("may hold tags of at most {limit} characters: “{tag}” is longer")
    String problem_tag_length(String limit, String tag);

    @Message("may hold at most {limit} tags")
    String problem_too_many_tags(String limit);
}
