package com.relaydesk.model;

/** The seller's views of the mailbox (relay rule E1); Response Needed is the default. */
public enum MailboxView {
    RESPONSE_NEEDED("Response Needed"),
    SENT("Sent"),
    ALL("All");

    private final String title;

    MailboxView(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static MailboxView defaultView() {
        return RESPONSE_NEEDED;
    }
}
