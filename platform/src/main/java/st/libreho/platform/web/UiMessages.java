package st.libreho.platform.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The kit's texts (templates read them as {@code ui:}): the layout, the error pages, and the words every module's
 * forms share (required, save, the error summary, pagination, conflicts). English is the default here; each other
 * language is a {@code messages/ui_<language>.properties} file, and a test checks that every language has every key.
 */
@MessageBundle("ui")
public interface UiMessages {

    /** The language's own name, for the switcher: each language's file names itself. */
    @Message("English")
    String language_name();

    @Message("Librehosters")
    String site_name();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Main")
    String nav_label();

    @Message("Directory")
    String nav_directory();

    @Message("Registry")
    String nav_registry();

    @Message("Knowledge base")
    String nav_knowledge_base();

    @Message("Governance")
    String nav_governance();

    @Message("Decisions")
    String nav_decisions();

    @Message("News")
    String nav_news();

    @Message("Find a host")
    String nav_services();

    @Message("Operator tasks")
    String nav_operator();

    @Message("Menu")
    String menu();

    @Message("Sign in")
    String sign_in();

    @Message("Sign out")
    String sign_out();

    @Message("Your account")
    String account_label();

    @Message("Your page")
    String account_me();

    @Message("Language")
    String language_label();

    @Message("Free software under the {licence}.")
    String footer_licence(String licence);

    @Message("Source code")
    String footer_source();

    @Message("Network contact")
    String footer_contact();

    @Message("Code of conduct: the care team and reporting an incident")
    String footer_care();

    @Message("Page not found")
    String error_404_title();

    @Message("There is nothing at this address. It may have moved, or the link may be mistyped.")
    String error_404_text();

    @Message("Not allowed")
    String error_403_title();

    @Message("You are signed in, but this is not something you may do or see.")
    String error_403_text();

    @Message("Please sign in")
    String error_401_title();

    @Message("You need to sign in to see this page.")
    String error_401_text();

    @Message("Something went wrong")
    String error_500_title();

    @Message("We could not answer this request. Nothing you typed is lost: go back and try again. If it keeps "
            + "happening, tell the operators and give them this reference: {reference}.")
    String error_500_text(String reference);

    @Message("The request could not be understood")
    String error_400_title();

    @Message("Something in the request is not valid: {detail}")
    String error_400_text(String detail);

    @Message("the field “{field}” holds a character that cannot be stored (a NUL character, or half of a character). "
            + "Remove it and send again.")
    String error_unstorable_text(String field);

    @Message("What you sent is larger than the {size} the platform accepts. Nothing was saved.")
    String error_too_large(String size);

    @Message("This form could not be accepted")
    String error_form_title();

    @Message("The form may have been open too long, or it did not come from this site. Go back, reload the page and "
            + "submit it again.")
    String error_form_text();

    @Message("Back to the home page")
    String error_home_link();

    @Message("(required)")
    String form_required();

    @Message("Save")
    String form_save();

    @Message("Cancel")
    String form_cancel();

    @Message("Choose…")
    String form_choose();

    @Message("Not said")
    String form_not_said();

    @Message("Please correct what is shown below")
    String form_errors_title();

    @Message("{field}: {message}")
    String form_error(String field, String message);

    @Message("Pages")
    String pagination_label();

    @Message("Previous")
    String pagination_previous();

    @Message("Next")
    String pagination_next();

    @Message("There is nothing on page {page}: the list ends on page {last}.")
    String pagination_past_end(int page, int last);

    @Message("Go to the last page")
    String pagination_to_last();

    @Message("Page")
    String pagination_page();

    @Message("Someone else saved a change meanwhile")
    String conflict_title();

    @Message("Nothing of yours was saved. Compare their version with yours below. The form still holds what you "
            + "typed: change it if needed, then save again to apply it over their version.")
    String conflict_text();

    @Message("Where their version and yours differ")
    String conflict_caption();

    @Message("Field")
    String conflict_field();

    @Message("Now in the directory")
    String conflict_theirs();

    @Message("What you typed")
    String conflict_yours();

    @Message("empty")
    String conflict_empty();

    @Message("To keep their version instead, leave this page without saving.")
    String conflict_next();
}
