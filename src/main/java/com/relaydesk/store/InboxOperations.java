package com.relaydesk.store;

import com.relaydesk.inbox.MailboxQueries;
import com.relaydesk.model.AttachmentInfo;
import com.relaydesk.model.DeliveryStatus;
import com.relaydesk.model.ListOrder;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageDetail;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.rules.Aliases;
import com.relaydesk.rules.ResponseStats;
import com.relaydesk.rules.RuleId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the inbox screens read: keyset-paged lists newest first (a page costs the same at any
 * depth), counts, one message in full, a buyer's conversation and full-text search. The state
 * of each message comes from {@link InboxState}.
 */
public final class InboxOperations implements MailboxQueries {

    /** The columns of a {@link MessageSummary}, read for the rows of {@code page}. */
    private static final String SUMMARY = """
            SELECT m.id,
                   CASE WHEN m.peer_alias IS NULL THEN m.from_name
                        WHEN m.buyer_alias IS NULL OR f.role = 'sent'
                             THEN coalesce(c.buyer_name, o.buyer_name, m.peer_alias)
                        ELSE coalesce(m.from_name, c.buyer_name, o.buyer_name, m.peer_alias) END,
                   m.order_id, m.subject, m.snippet, m.sort_time, m.seen, m.has_attachments, m.peer_alias,
                   CASE WHEN f.role = 'sent' THEN coalesce(ds.status, 'delivered') END
            FROM page p
            JOIN messages m ON m.id = p.id
            JOIN folders f ON f.id = m.folder_id
            LEFT JOIN conversations c ON c.id = m.conversation_id
            LEFT JOIN orders o ON o.order_id = m.order_id
            LEFT JOIN delivery_status ds ON ds.message_id = m.message_id
            """;

    private final Database db;

    public InboxOperations(Database db) {
        this.db = db;
    }

    @Override
    public List<MessageSummary> page(MailboxView view, ListOrder order, MessageSummary after, int limit) {
        return page(InboxFilter.of(view), order, after, limit);
    }

    /** A page of a list, newest first; {@code after} is the last row of the previous page, null for the first. */
    public List<MessageSummary> page(InboxFilter filter, MessageSummary after, int limit) {
        return page(filter, ListOrder.NEWEST_FIRST, after, limit);
    }

    /** A page of a list in {@code order}: keyset paging either way, so any depth costs the same. */
    public List<MessageSummary> page(InboxFilter filter, ListOrder order, MessageSummary after, int limit) {
        return db.read("read the " + filter.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " list", c -> {
            Folders folders = Folders.read(c);
            boolean newest = order == ListOrder.NEWEST_FIRST;
            String direction = newest ? " DESC" : " ASC";
            String keyset = after == null ? "" : " AND (m.sort_time, m.id) " + (newest ? "<" : ">") + " (?, ?)";
            String sql = "WITH page AS (SELECT m.id, m.sort_time FROM messages m WHERE "
                    + InboxState.condition(filter, folders.inbox(), folders.sent(), folders.shownFrom()) + keyset
                    + " ORDER BY m.sort_time" + direction + ", m.id" + direction + " LIMIT ?) "
                    + SUMMARY + " ORDER BY m.sort_time" + direction + ", m.id" + direction;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                if (after != null) {
                    s.setLong(i++, after.time().toEpochMilli());
                    s.setLong(i++, after.id());
                }
                s.setInt(i, limit);
                return summaries(s);
            }
        });
    }

    @Override
    public Map<MailboxView, Integer> counts() {
        Map<MailboxView, Integer> counts = new EnumMap<>(MailboxView.class);
        for (MailboxView view : MailboxView.values()) {
            counts.put(view, count(InboxFilter.of(view)));
        }
        return counts;
    }

    /** How many messages a list holds. */
    public int count(InboxFilter filter) {
        return db.read("count the " + filter.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " list", c -> {
            Folders folders = Folders.read(c);
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM messages m WHERE "
                    + InboxState.condition(filter, folders.inbox(), folders.sent(), folders.shownFrom()));
                    ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public Optional<Instant> shownFrom() {
        return db.read("read how much of the mailbox is in", c -> {
            long from = Folders.read(c).shownFrom();
            return from > 0 ? Optional.of(Instant.ofEpochMilli(from)) : Optional.<Instant>empty();
        });
    }

    @Override
    public Optional<Instant> lastSynced() {
        return db.read("read when the mailbox was last synced", c -> {
            try (java.sql.PreparedStatement s = c.prepareStatement("SELECT max(synced_at) FROM folders");
                 java.sql.ResultSet rs = s.executeQuery()) {
                long at = rs.next() ? rs.getLong(1) : 0;
                return at > 0 ? Optional.of(Instant.ofEpochMilli(at)) : Optional.<Instant>empty();
            }
        });
    }

    @Override
    public List<Long> responseNeededBefore(Instant before) {
        return db.read("read the Response Needed backlog", c -> {
            Folders folders = Folders.read(c);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT m.id FROM messages m WHERE "
                    + InboxState.responseNeeded(folders.inbox()) + InboxState.shownFrom(folders.shownFrom())
                    + " AND m.sort_time < ? ORDER BY m.sort_time, m.id")) {
                s.setLong(1, before.toEpochMilli());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    private static final String BACKLOG_OFFER_DECLINED = "backlog_offer_declined";

    @Override
    public boolean backlogOfferDeclined() {
        return new DeskSettings(db).get(BACKLOG_OFFER_DECLINED).isPresent();
    }

    @Override
    public void declineBacklogOffer() {
        new DeskSettings(db).set(BACKLOG_OFFER_DECLINED, "1");
    }

    /** True when the message is in Response Needed now. */
    public boolean needsResponse(long messageId) {
        return db.read("read the state of a message", c -> {
            Folders folders = Folders.read(c);
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM messages m WHERE m.id = ? AND "
                    + InboxState.responseNeeded(folders.inbox()))) {
                s.setLong(1, messageId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public Optional<MessageSummary> summary(long messageId) {
        return db.read("read a message's row", c -> summary(c, messageId));
    }

    private static Optional<MessageSummary> summary(Connection c, long messageId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("WITH page AS (SELECT ? AS id) " + SUMMARY)) {
            s.setLong(1, messageId);
            return summaries(s).stream().findFirst();
        }
    }

    @Override
    public Optional<MessageDetail> detail(long messageId) {
        return db.read("read a message", c -> {
            Optional<MessageSummary> row = summary(c, messageId);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            MessageSummary summary = row.get();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT m.from_name, m.from_address, m.to_addresses, b.text_body, b.html_body,
                           ds.rule_id, notice.subject, coalesce(nb.text_body, notice.snippet), m.damage
                    FROM messages m
                    LEFT JOIN message_bodies b ON b.message_row = m.id
                    LEFT JOIN delivery_status ds ON ds.message_id = m.message_id
                    LEFT JOIN messages notice ON notice.id = ds.notice_row
                    LEFT JOIN message_bodies nb ON nb.message_row = notice.id
                    WHERE m.id = ?""")) {
                s.setLong(1, messageId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    String notice = noticeText(summary.delivery(), rs.getString(6), rs.getString(7), rs.getString(8));
                    return Optional.of(new MessageDetail(summary, rs.getString(1), rs.getString(2), rs.getString(3),
                            summary.buyerAlias(), rs.getString(4), rs.getString(5), attachments(c, messageId),
                            summary.delivery(), notice, rs.getString(9)));
                }
            }
        });
    }

    /**
     * What the relay said of a bounced or rejected reply: the notice's whole text (its snippet, cut
     * at 200 characters, ended before the relay's advice on how to reach the buyer after all), its
     * lines joined, at most {@value #NOTICE_CHARS} characters.
     */
    private static String noticeText(DeliveryStatus status, String ruleId, String subject, String noticeBody) {
        if (status != DeliveryStatus.BOUNCED && status != DeliveryStatus.REJECTED) {
            return null;
        }
        String rule = ruleId == null ? "" : citation(ruleId) + ": ";
        String said = noticeBody == null ? "" : noticeBody.strip().replaceAll("\\s+", " ");
        String text = !said.isEmpty() ? said : subject;
        if (text != null && text.length() > NOTICE_CHARS) {
            text = text.substring(0, NOTICE_CHARS) + "…";
        }
        return rule + (text == null ? status.label() : text);
    }

    private static final int NOTICE_CHARS = 1000;

    private static String citation(String ruleId) {
        try {
            return RuleId.valueOf(ruleId).citation();
        } catch (IllegalArgumentException e) {
            return ruleId;
        }
    }

    private static List<AttachmentInfo> attachments(Connection c, long messageId) throws SQLException {
        List<AttachmentInfo> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, file_name, content_type, size FROM attachments WHERE message_row = ? ORDER BY position")) {
            s.setLong(1, messageId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    list.add(new AttachmentInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                }
            }
        }
        return list;
    }

    /** The content of an attachment (stored once by SHA-256), empty when only its metadata was cached. */
    public Optional<byte[]> attachmentContent(long attachmentId) {
        return db.read("read an attachment", c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT ac.content FROM attachments a JOIN attachment_contents ac ON ac.sha256 = a.sha256
                    WHERE a.id = ?""")) {
                s.setLong(1, attachmentId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
    }

    @Override
    public List<MessageSummary> conversation(String buyerAlias) {
        String alias = RelayAddresses.bareAddress(buyerAlias);
        return db.read("read the conversation with " + alias, c -> {
            try (PreparedStatement s = c.prepareStatement("WITH page AS (SELECT id FROM messages WHERE peer_alias = ?) "
                    + SUMMARY + " ORDER BY m.sort_time, m.id")) {
                s.setString(1, alias);
                return summaries(s);
            }
        });
    }

    /**
     * Newest matches first, as mail clients list search results. FTS5 walks its index backwards
     * by row id and stops after {@code limit} matches, so a word found in every message costs
     * the same as a rare one; ranking by relevance would score every match first.
     */
    @Override
    public List<MessageSummary> search(MailboxView view, String query, int limit) {
        return search(InboxFilter.of(view), query, limit);
    }

    /** Every message: {@link #search(InboxFilter, String, int)} over {@link InboxFilter#ALL}. */
    public List<MessageSummary> search(String query, int limit) {
        return search(InboxFilter.ALL, query, limit);
    }

    /**
     * The matches among a list's messages, newest first. Searching Response Needed finds only
     * what still needs an answer: a search over every message listed the seller's own replies and
     * answered questions there, each with a response clock.
     */
    public List<MessageSummary> search(InboxFilter filter, String query, int limit) {
        Optional<String> alias = query == null ? Optional.empty() : Aliases.normalize(query.trim());
        if (alias.isPresent()) {
            // A whole alias is the buyer (A3): the index on it answers at once, where the phrase
            // "x marketplace amazon com" would walk every message that has an alias.
            return db.read("search the cache", c -> {
                Folders folders = Folders.read(c);
                try (PreparedStatement s = c.prepareStatement("WITH page AS (SELECT m.id FROM messages m"
                        + " WHERE m.peer_alias = ? AND " + InboxState.condition(filter, folders.inbox(), folders.sent(), folders.shownFrom())
                        + " ORDER BY m.sort_time DESC LIMIT ?) " + SUMMARY + " ORDER BY m.sort_time DESC, m.id DESC")) {
                    s.setString(1, alias.get());
                    s.setInt(2, limit);
                    return summaries(s);
                }
            });
        }
        String match = SearchQuery.toFts(query);
        if (match.isEmpty()) {
            return List.of();
        }
        return db.read("search the cache", c -> {
            Folders folders = Folders.read(c);
            // The index first (CROSS JOIN keeps it the outer loop), walked back from the newest row;
            // each match is looked up by its row id and kept when it belongs to the list.
            try (PreparedStatement s = c.prepareStatement("WITH page AS (SELECT m.id FROM message_search"
                    + " CROSS JOIN messages m ON m.id = message_search.rowid WHERE message_search MATCH ? AND "
                    + InboxState.condition(filter, folders.inbox(), folders.sent(), folders.shownFrom())
                    + " ORDER BY message_search.rowid DESC LIMIT ?) " + SUMMARY + " ORDER BY m.sort_time DESC, m.id DESC")) {
                s.setString(1, match);
                s.setInt(2, limit);
                return summaries(s);
            }
        });
    }

    /**
     * E3: buyer messages received since then with their first reply. A message flagged
     * {@code \Answered} whose reply is not in the cached Sent folder is left out: its reply time
     * is unknown, and counting it as unanswered would be wrong.
     */
    @Override
    public java.util.Map<String, String> buyerNames(java.util.Collection<String> aliases) {
        if (aliases.isEmpty()) {
            return java.util.Map.of();
        }
        List<String> wanted = aliases.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        return db.read("read buyer names", c -> {
            java.util.Map<String, String> names = new java.util.HashMap<>();
            for (int from = 0; from < wanted.size(); from += 500) {  // SQLite's limit on parameters
                List<String> part = wanted.subList(from, Math.min(wanted.size(), from + 500));
                try (PreparedStatement s = c.prepareStatement("SELECT lower(buyer_alias), buyer_name FROM conversations"
                        + " WHERE lower(buyer_alias) IN (" + String.join(",", java.util.Collections.nCopies(part.size(), "?"))
                        + ") AND buyer_name IS NOT NULL AND buyer_name <> ''")) {
                    for (int i = 0; i < part.size(); i++) {
                        s.setString(i + 1, part.get(i));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            names.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
            }
            return names;
        });
    }

    @Override
    public List<ResponseStats.Sample> responseSamples(Instant since) {
        return db.read("read response times", c -> {
            Folders folders = Folders.read(c);
            List<ResponseStats.Sample> samples = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT m.id, m.subject, m.sort_time, m.answered, "
                    + InboxState.FIRST_REPLY + ", m.from_name FROM messages m WHERE "
                    + InboxState.countsForResponseTime(folders.inbox()) + " AND m.sort_time >= ? ORDER BY m.sort_time")) {
                s.setLong(1, since.toEpochMilli());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long reply = rs.getLong(5);
                        boolean replyKnown = !rs.wasNull();
                        if (!replyKnown && rs.getInt(4) == 1) {
                            continue;
                        }
                        samples.add(new ResponseStats.Sample(rs.getLong(1), rs.getString(6), rs.getString(2),
                                Instant.ofEpochMilli(rs.getLong(3)), replyKnown ? Instant.ofEpochMilli(reply) : null));
                    }
                }
            }
            return samples;
        });
    }

    private static List<MessageSummary> summaries(PreparedStatement s) throws SQLException {
        List<MessageSummary> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String status = rs.getString(10);
                rows.add(new MessageSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), rs.getInt(7) == 0, rs.getInt(8) == 1,
                        rs.getString(9), status == null ? null : DeliveryStatus.valueOf(status.toUpperCase(Locale.ROOT))));
            }
        }
        return rows;
    }

    /**
     * The ids of the INBOX and Sent folders; -1 for one not synced yet (matches no row).
     *
     * @param shownFrom the lists show messages from this sort time on (0: all), see {@link InboxState#SHOWN_FROM}
     */
    record Folders(long inbox, long sent, long shownFrom) {
        static Folders read(Connection c) throws SQLException {
            long inbox = -1;
            long sent = -1;
            try (PreparedStatement s = c.prepareStatement("SELECT id, role FROM folders WHERE role IN ('inbox', 'sent')");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2).equals("inbox")) {
                        inbox = rs.getLong(1);
                    } else {
                        sent = rs.getLong(1);
                    }
                }
            }
            long shownFrom;
            try (PreparedStatement s = c.prepareStatement(InboxState.SHOWN_FROM); ResultSet rs = s.executeQuery()) {
                shownFrom = rs.next() ? rs.getLong(1) : 0;
            }
            return new Folders(inbox, sent, shownFrom);
        }
    }
}
