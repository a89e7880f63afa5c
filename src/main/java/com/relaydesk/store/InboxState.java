package com.relaydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The inbox state of E1–E4, derived in this one place from the cached facts (flags from the
 * server, the Sent folder, the outbox), so every desktop that syncs the same mailbox agrees.
 *
 * <p><b>Response Needed</b> = a buyer message (its sender is a relay alias, and it is not a relay
 * notice) in INBOX, that
 * <ul>
 *   <li>is not {@code \Answered} (set on the server when a reply is sent from any desktop),</li>
 *   <li>has no reply in Sent: no Sent message names it in In-Reply-To or References, and no Sent
 *       message to the same alias is later than it and about the same order (when the buyer named
 *       none, A4: a message about no order, or a new message rather than a reply to another),</li>
 *   <li>has no reply waiting in the outbox (unless that reply failed),</li>
 *   <li>is not flagged {@code $NoResponseNeeded} (E2) and not {@code $Reported} (E4).</li>
 * </ul>
 *
 * <p>"Has a reply in Sent" is kept as the column {@code messages.replied}, refreshed here in the
 * same transaction as every write that can change it ({@link #refreshAfterStore},
 * {@link #refreshAfterSentRemoval}), so a list or a count reads one partial index instead of
 * probing Sent for every candidate. Conditions read the row alias {@code m}.
 */
final class InboxState {

    private InboxState() {
    }

    /** The id of the Sent folder, NULL (matching nothing) before one is known. */
    static final String SENT_FOLDER = "(SELECT id FROM folders WHERE role = 'sent')";
    /** The id of INBOX. */
    static final String INBOX_FOLDER = "(SELECT id FROM folders WHERE role = 'inbox')";

    /**
     * A Sent message {@code s} to the buyer of {@code m} is about {@code m}'s order: the same order;
     * or, when the buyer named none (A4), a message about no order either, or a new message (not a
     * reply to any message: the order found by the alias). A reply to the buyer's message about an
     * order does not answer their other question that named none — it hid that question unanswered.
     */
    static final String ABOUT_THE_SAME_ORDER = "(s.order_id = m.order_id OR m.order_id IS NULL AND (s.order_id IS NULL"
            + " OR NOT EXISTS (SELECT 1 FROM message_links l2 WHERE l2.message_row = s.id)))";

    /** True when a Sent message replies to the buyer message {@code m}: by reference, or later to the same alias and order. */
    static final String REPLY_EXISTS = """
            (EXISTS (SELECT 1 FROM message_links l CROSS JOIN messages s ON s.id = l.message_row
                     WHERE l.ref = m.message_id AND s.folder_id = %1$s)
             OR EXISTS (SELECT 1 FROM messages s INDEXED BY messages_replies
                        WHERE s.peer_alias = m.buyer_alias AND s.folder_id = %1$s
                          AND s.sort_time > m.sort_time
                          AND %2$s))""".formatted(SENT_FOLDER, ABOUT_THE_SAME_ORDER);

    /** What the partial index {@code messages_open} holds: buyer messages nothing has answered yet. */
    static final String OPEN = "m.buyer_alias IS NOT NULL AND m.is_notice = 0 AND m.answered = 0"
            + " AND m.no_response_needed = 0 AND m.reported = 0 AND m.replied = 0";

    /** No reply waiting in the outbox (one that failed, was held back or discarded does not count). */
    static final String NO_REPLY_QUEUED = "NOT EXISTS (SELECT 1 FROM outbox o WHERE o.in_reply_to = m.message_id"
            + " AND o.state NOT IN ('failed', 'held', 'discarded'))";

    /** The whole Response Needed condition, for the INBOX folder with this id. */
    static String responseNeeded(long inboxId) {
        return "m.folder_id = " + inboxId + " AND " + OPEN + " AND " + NO_REPLY_QUEUED;
    }

    /** The condition of a list, by filter. */
    static String condition(InboxFilter filter, long inboxId, long sentId, long shownFrom) {
        String rows = switch (filter) {
            case RESPONSE_NEEDED -> responseNeeded(inboxId);
            case SENT -> "m.folder_id = " + sentId;
            case ALL -> "1 = 1";
            case NO_RESPONSE_NEEDED -> "m.no_response_needed = 1 AND m.is_notice = 0";
            case REPORTED -> "m.reported = 1";
        };
        return "(" + rows + ")" + shownFrom(shownFrom);
    }

    /** The condition that keeps out what {@link #SHOWN_FROM} says is not shown yet; nothing when all is. */
    static String shownFrom(long sortTime) {
        return sortTime > 0 ? " AND m.sort_time >= " + sortTime : "";
    }

    /**
     * While a first sync fills a folder newest first ({@code folders.backfill_below_uid}, see
     * {@link SyncOperations#storeNewest}), the lists show only messages at least as new as the
     * oldest of that folder's newest window: older mail is partly in, and a buyer message whose reply
     * is still on its way would look unanswered. 0 (everything) once the folders are complete, and
     * then the lists' queries carry no extra condition (one made the counts twice as slow).
     */
    static final String SHOWN_FROM = """
            SELECT coalesce(max((SELECT min(w.sort_time) FROM messages w
                                 WHERE w.folder_id = f.id AND w.uid >= f.backfill_below_uid)), 0)
            FROM folders f WHERE f.uid_next < f.backfill_below_uid""";

    /**
     * When the seller first replied to {@code m} (E3): the earliest Sent message that names it, or
     * that went later to the same alias about the same order; null when none is cached.
     */
    static final String FIRST_REPLY = """
            (SELECT min(t) FROM (
               SELECT min(s.sort_time) AS t FROM message_links l CROSS JOIN messages s ON s.id = l.message_row
               WHERE l.ref = m.message_id AND s.folder_id = %1$s
               UNION ALL
               SELECT min(s.sort_time) FROM messages s INDEXED BY messages_replies
               WHERE s.peer_alias = m.buyer_alias AND s.folder_id = %1$s AND s.sort_time > m.sort_time
                 AND %2$s))""".formatted(SENT_FOLDER, ABOUT_THE_SAME_ORDER);

    /** Buyer messages whose response time counts (E3): not notices, not No Response Needed (E2), not reported (E4). */
    static String countsForResponseTime(long inboxId) {
        return "m.folder_id = " + inboxId + " AND m.buyer_alias IS NOT NULL AND m.is_notice = 0"
                + " AND m.no_response_needed = 0 AND m.reported = 0";
    }

    /** Recomputes {@code replied} for every buyer message (a new Sent folder, a migration). */
    static final String REFRESH_ALL = "UPDATE messages AS m SET replied = " + REPLY_EXISTS
            + " WHERE m.buyer_alias IS NOT NULL";

    /** Buyer messages among rows ?..? learn whether a reply exists. */
    static final String REPLIED_IN_BATCH = "UPDATE messages AS m SET replied = " + REPLY_EXISTS
            + " WHERE m.id BETWEEN ? AND ? AND m.buyer_alias IS NOT NULL";

    /**
     * Buyer messages a Sent batch (rows ?..?) names by Message-ID. Two statements, this and the next,
     * each led by an index (Message-ID, alias); one OR across both would scan. The index is named,
     * and the folder terms are kept off indexes (unary +), because on a cache filled since it was
     * opened SQLite has no statistics yet and would walk the whole INBOX by folder instead (15 ms per
     * batch at 40,000 messages, growing with the mailbox). {@code InboxStatePlanTest} reads the plans.
     */
    static final String ANSWERED_BY_REFERENCE = "UPDATE messages AS m INDEXED BY messages_by_message_id SET replied = 1"
            + " WHERE m.message_id IN (SELECT l.ref FROM message_links l CROSS JOIN messages s ON s.id = l.message_row"
            + "                        WHERE l.message_row BETWEEN ? AND ? AND +s.folder_id = " + SENT_FOLDER + ")"
            + " AND m.replied = 0 AND m.buyer_alias IS NOT NULL AND +m.folder_id = " + INBOX_FOLDER;

    /** Buyer messages a Sent batch (rows ?..?) went to, by alias, where the reply is about them. */
    static final String ANSWERED_BY_ALIAS = "UPDATE messages AS m INDEXED BY messages_replies SET replied = 1"
            + " WHERE m.peer_alias IN (SELECT s.peer_alias FROM messages s"
            + "                        WHERE s.id BETWEEN ? AND ? AND +s.folder_id = " + SENT_FOLDER + ")"
            + " AND m.replied = 0 AND m.buyer_alias IS NOT NULL AND m.folder_id = " + INBOX_FOLDER
            + " AND " + REPLY_EXISTS;

    /**
     * After a batch (rows {@code firstRow..lastRow}) was stored: buyer messages of the batch learn
     * whether a reply exists; if the batch was Sent mail ({@code sentBatch}), the buyer messages it
     * answers learn it too. What cannot match is not looked for: no reply exists while Sent has no
     * cached message (INBOX comes first in an initial sync), and only a Sent batch answers others.
     */
    static void refreshAfterStore(Connection c, long firstRow, long lastRow, boolean sentBatch) throws SQLException {
        // Rows a batch inserts start with replied = 0, which is right while Sent is empty.
        if (sentBatch || sentHasMessages(c)) {
            updateRows(c, REPLIED_IN_BATCH, firstRow, lastRow);
        }
        if (sentBatch) {
            updateRows(c, ANSWERED_BY_REFERENCE, firstRow, lastRow);
            updateRows(c, ANSWERED_BY_ALIAS, firstRow, lastRow);
        }
    }

    private static void updateRows(Connection c, String sql, long firstRow, long lastRow) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, firstRow);
            s.setLong(2, lastRow);
            s.executeUpdate();
        }
    }

    private static boolean sentHasMessages(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM messages WHERE folder_id = " + SENT_FOLDER + ")");
                java.sql.ResultSet rs = s.executeQuery()) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /**
     * Before Sent messages are deleted ({@code whereSent} selects them, row alias {@code s}):
     * remembers whom they answered, so {@link #refreshAfterSentRemoval} can recheck just those.
     */
    static void rememberSentBeforeRemoval(Connection c, String whereSent, long... args) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS sent_gone (alias TEXT, ref TEXT)");
            s.execute("DELETE FROM temp.sent_gone");
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO temp.sent_gone (alias, ref)"
                + " SELECT s.peer_alias, NULL FROM messages s WHERE s.folder_id = " + SENT_FOLDER + " AND " + whereSent
                + " UNION ALL SELECT NULL, l.ref FROM message_links l CROSS JOIN messages s ON s.id = l.message_row"
                + " WHERE s.folder_id = " + SENT_FOLDER + " AND " + whereSent)) {
            for (int i = 0; i < args.length; i++) {
                s.setLong(i + 1, args[i]);
                s.setLong(i + 1 + args.length, args[i]);
            }
            s.executeUpdate();
        }
    }

    /** After Sent messages were deleted: the buyer messages they answered are rechecked. */
    static void refreshAfterSentRemoval(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE messages AS m SET replied = " + REPLY_EXISTS
                    + " WHERE m.replied = 1 AND (m.buyer_alias IN (SELECT alias FROM temp.sent_gone WHERE alias IS NOT NULL)"
                    + " OR m.message_id IN (SELECT ref FROM temp.sent_gone WHERE ref IS NOT NULL))");
            s.execute("DELETE FROM temp.sent_gone");
        }
    }
}
