package com.relaydesk.inbox;

import java.time.Instant;

/**
 * A mark made on this desktop (No Response Needed, Report, or taking one back) that waits for the
 * server, with what the seller knows its message by.
 *
 * @param messageRow the message's row in the cache
 * @param flag       the keyword ({@code $NoResponseNeeded}, {@code $Reported})
 * @param on         set ({@code true}) or taken off
 * @param from       the buyer's name as the list shows it, or their address
 * @param at         when the message came
 */
public record WaitingMark(long messageRow, String flag, boolean on, String subject, String from, Instant at) {

    /** The server keywords of E2 and E4, as {@link #flag()} names them. */
    public static final String NO_RESPONSE_NEEDED = "$NoResponseNeeded";
    public static final String REPORTED = "$Reported";

    /** "No Response Needed", "Report taken back": the mark as the seller made it. */
    public String inWords() {
        return inWords(flag, on);
    }

    public static String inWords(String flag, boolean on) {
        String mark = switch (flag) {
            case NO_RESPONSE_NEEDED -> "No Response Needed";
            case REPORTED -> "Report";
            default -> flag;
        };
        return on ? mark : mark + " taken back";
    }
}
