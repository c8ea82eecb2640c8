package st.libreho.governance.internal.notices;

/** The platform's paths the notices link to. */
public final class NoticeAddresses {

    private NoticeAddresses() {
    }

    public static String proposal(long proposalId) {
        return "/decisions/proposals/" + proposalId;
    }

    /** An application is discussed, and decided, on its membership proposal. */
    public static String application(long applicationId, long proposalId) {
        return proposal(proposalId);
    }

    public static String meeting(long meetingId) {
        return "/meetings/" + meetingId;
    }

    public static String organisation(String slug) {
        return "/members/" + slug;
    }

    /** Where a delegate chooses what their organisation receives. */
    public static String choices(String slug) {
        return "/governance/notices/" + slug;
    }
}
