package st.libreho.governance.internal.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import java.io.IOException;

import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;

import st.libreho.directory.Directory;
import st.libreho.directory.testing.DirectoryFixtures;
import st.libreho.governance.ProposalDraft;
import st.libreho.governance.ProposalKind;
import st.libreho.platform.Actor;

/** What the governance page tests share: the people, member organisations, and finding forms and buttons. */
final class GovernanceWeb {

    /** The dev sign-in's member, as the facade sees them. */
    static final Actor MEMBER = new Actor("member", "Mia Member", "member@example.com", true, false);

    private GovernanceWeb() {
    }

    /** A member organisation whose delegation holds member@example.com. */
    static String memberOrganisation(Directory directory, String prefix) {
        String slug = uniqueSlug(prefix);
        DirectoryFixtures.member(directory, slug, entry("Coop " + slug, "FR", "member@example.com", "fr"));
        return slug;
    }

    /** A proposal opened for {@code organisation}, facilitated by member@example.com. */
    static ProposalDraft draft(ProposalKind kind, String title, String text, String organisation) {
        return new ProposalDraft(kind, title, text, null, "member@example.com", organisation, null, null, null,
                null);
    }

    static HtmlForm form(HtmlPage page, String action) {
        HtmlForm form = page.getFirstByXPath("//form[@method='post' and @action='" + action + "']");
        assertNotNull(form, "no form posting to " + action + " on " + page.getUrl() + ":\n"
                + page.asNormalizedText());
        return form;
    }

    /** The stance form of one organisation (a page holds one per organisation the person speaks for). */
    static HtmlForm stanceForm(HtmlPage page, String organisation) {
        HtmlForm form = page.getFirstByXPath("//form[@id='form-stance-" + organisation + "']");
        assertNotNull(form, "no stance form for " + organisation + ":\n" + page.asNormalizedText());
        return form;
    }

    static <P extends org.htmlunit.Page> P press(HtmlForm form) throws IOException {
        HtmlButton button = form.getFirstByXPath(".//button[@type='submit' or not(@type)]");
        assertNotNull(button, "no button");
        return button.click();
    }
}
