package com.relaydesk.store;

import com.relaydesk.model.MailboxView;

/**
 * The lists the cache can page through: the three views of E1 and the seller's filters for
 * what was taken out of Response Needed (E2 No Response Needed, E4 Reported).
 */
public enum InboxFilter {
    RESPONSE_NEEDED,
    SENT,
    ALL,
    NO_RESPONSE_NEEDED,
    REPORTED;

    public static InboxFilter of(MailboxView view) {
        return switch (view) {
            case RESPONSE_NEEDED -> RESPONSE_NEEDED;
            case SENT -> SENT;
            case ALL -> ALL;
            case NO_RESPONSE_NEEDED -> NO_RESPONSE_NEEDED;
            case REPORTED -> REPORTED;
        };
    }
}
