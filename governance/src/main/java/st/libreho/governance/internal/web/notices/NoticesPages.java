package st.libreho.governance.internal.web.notices;

import st.libreho.governance.internal.notices.NoticeAddresses;

/** The addresses of the notices' pages. */
final class NoticesPages {

    private NoticesPages() {
    }

    static String choices(String slug) {
        return NoticeAddresses.choices(slug);
    }
}
