package com.relaydesk.model;

/**
 * The seller's views of the mailbox (relay rule E1), Response Needed the default, and the
 * filters for what was taken out of it: No Response Needed (E2) and Reported (E4).
 */
public enum MailboxView {
    RESPONSE_NEEDED("Response Needed"),
    SENT("Sent"),
    ALL("All"),
    NO_RESPONSE_NEEDED("No Response Needed"),
    REPORTED("Reported");

    private final String title;

    MailboxView(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** True for the three views of E1; false for the filters. */
    public boolean isView() {
        return ordinal() <= ALL.ordinal();
    }

    public static MailboxView defaultView() {
        return RESPONSE_NEEDED;
    }
}
