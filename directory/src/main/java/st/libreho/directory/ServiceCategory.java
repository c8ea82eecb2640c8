package st.libreho.directory;

/** What kind of service an organisation offers; the "find a host for my need" search filters by it. */
public enum ServiceCategory {
    EMAIL, CLOUD_STORAGE, CHAT, VIDEO_CONFERENCING, SOCIAL_NETWORK, PADS, FORMS, CALENDAR, OFFICE, POLLS, PASTEBIN,
    LINK_SHORTENER, SEARCH, VPN, DNS, WEB_HOSTING, CODE_HOSTING, MAILING_LISTS, BLOG, MAPS, OTHER
}
