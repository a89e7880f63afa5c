package com.relaydesk.store;

/**
 * The inbox state of E1–E4, derived in this one place as SQL over the cached facts (flags from
 * the server, the Sent folder, the outbox), so every desktop that syncs the same mailbox agrees.
 *
 * <p><b>Response Needed</b> = a buyer message (its sender is a relay alias, and it is not a relay
 * notice) in INBOX, that
 * <ul>
 *   <li>is not {@code \Answered} (set on the server when a reply is sent from any desktop),</li>
 *   <li>has no reply in Sent: no Sent message names it in In-Reply-To or References, and no Sent
 *       message to the same alias is later than it and about the same order (any order when the
 *       buyer named none, A4),</li>
 *   <li>has no reply waiting in the outbox (unless that reply failed),</li>
 *   <li>is not flagged {@code $NoResponseNeeded} (E2) and not {@code $Reported} (E4).</li>
 * </ul>
 * Every condition reads the row alias {@code m}; folder ids are inlined (they come from the
 * database, never from the user).
 */
final class InboxState {

    private InboxState() {
    }

    /** The flags part: what the partial index {@code messages_awaiting_reply} holds. */
    static final String AWAITING_FLAGS = "m.buyer_alias IS NOT NULL AND m.is_notice = 0 AND m.answered = 0"
            + " AND m.no_response_needed = 0 AND m.reported = 0";

    /** The whole Response Needed condition for messages of the INBOX and Sent folders with these ids. */
    static String responseNeeded(long inboxId, long sentId) {
        return "m.folder_id = " + inboxId + " AND " + AWAITING_FLAGS + " AND " + noReply(sentId);
    }

    /** No reply of the seller exists for {@code m}: by reference, by alias and order, or waiting in the outbox. */
    static String noReply(long sentId) {
        return """
                NOT EXISTS (SELECT 1 FROM message_links l JOIN messages s ON s.id = l.message_row
                            WHERE l.ref = m.message_id AND s.folder_id = %1$d)
                AND NOT EXISTS (SELECT 1 FROM messages s
                                WHERE s.peer_alias = m.buyer_alias AND s.folder_id = %1$d
                                  AND s.sort_time > m.sort_time
                                  AND (m.order_id IS NULL OR s.order_id = m.order_id))
                AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.in_reply_to = m.message_id AND o.state <> 'failed')"""
                .formatted(sentId);
    }

    /**
     * When the seller first replied to {@code m} (E3): the earliest Sent message that names it, or
     * that went later to the same alias about the same order; null when none is cached.
     */
    static String firstReply(long sentId) {
        return """
                (SELECT min(t) FROM (
                   SELECT min(s.sort_time) AS t FROM message_links l JOIN messages s ON s.id = l.message_row
                   WHERE l.ref = m.message_id AND s.folder_id = %1$d
                   UNION ALL
                   SELECT min(s.sort_time) FROM messages s
                   WHERE s.peer_alias = m.buyer_alias AND s.folder_id = %1$d AND s.sort_time > m.sort_time
                     AND (m.order_id IS NULL OR s.order_id = m.order_id)))""".formatted(sentId);
    }

    /** Buyer messages whose response time counts (E3): not notices, not No Response Needed (E2), not reported (E4). */
    static String countsForResponseTime(long inboxId) {
        return "m.folder_id = " + inboxId + " AND m.buyer_alias IS NOT NULL AND m.is_notice = 0"
                + " AND m.no_response_needed = 0 AND m.reported = 0";
    }

    /** The condition of a list, by filter. */
    static String condition(InboxFilter filter, long inboxId, long sentId) {
        return switch (filter) {
            case RESPONSE_NEEDED -> responseNeeded(inboxId, sentId);
            case SENT -> "m.folder_id = " + sentId;
            case ALL -> "1 = 1";
            case NO_RESPONSE_NEEDED -> "m.no_response_needed = 1 AND m.is_notice = 0";
            case REPORTED -> "m.reported = 1";
        };
    }
}
