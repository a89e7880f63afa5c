package com.relaydesk.store;

import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FetchedMessage.FetchedAttachment;
import com.relaydesk.mail.FetchedMessage.NoticeFacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

/**
 * Writes fetched messages into the cache inside a transaction someone else owns: the message
 * row, its body, reply links, attachments (content once per SHA-256), conversation, search
 * index and, for a relay notice, the delivery status it reports (B8). Statements are prepared
 * once per batch; {@link #close()} releases them.
 */
final class MessageWriter implements AutoCloseable {

    static final int SNIPPET_LENGTH = 200;
    private static final Pattern TAGS = Pattern.compile("<(script|style)[^>]*>.*?</\\1>|<[^>]*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final String UPSERT_CONVERSATIONS =
            "INSERT INTO conversations (buyer_alias, buyer_name, last_message_at) VALUES ";
    private static final String UPSERT_CONVERSATIONS_END = """

            ON CONFLICT (buyer_alias) DO UPDATE SET
              buyer_name = coalesce(excluded.buyer_name, buyer_name),
              last_message_at = max(coalesce(last_message_at, 0), excluded.last_message_at)""";
    /**
     * The names the search index keeps for message {@code m}: the buyer name its row shows
     * ({@link InboxOperations}) and the order's. A reply's row shows the buyer's name from the
     * conversation, not its own From name, which is the seller's; a reply is indexed again when
     * that name changes ({@link #upsertConversations}).
     */
    static final String INDEXED_NAMES = """
            trim(CASE WHEN m.peer_alias IS NOT NULL AND (m.buyer_alias IS NULL
                               OR m.folder_id = (SELECT id FROM folders WHERE role = 'sent'))
                      THEN coalesce((SELECT c.buyer_name FROM conversations c WHERE c.id = m.conversation_id), '')
                      ELSE coalesce(m.from_name, '') END
                 || ' ' || coalesce((SELECT o.buyer_name FROM orders o WHERE o.order_id = m.order_id), ''))""";
    /** Indexes stored row {@code ?2} with search text {@code ?1} for its body. */
    private static final String INDEX_ROW = """
            INSERT INTO message_search (rowid, subject, body, buyer_name, alias, order_id)
            SELECT m.id, m.subject, ?, """ + INDEXED_NAMES + """
            , coalesce(m.peer_alias, ''), coalesce(m.order_id, '')
            FROM messages m WHERE m.id = ?""";
    /** Buyers per multi-row conversation statement (3 parameters each, well under SQLite's limit). */
    private static final int CONVERSATIONS_PER_STATEMENT = 500;

    private final Connection c;
    private final SQLiteConnectionConfig keys;
    private final boolean keysWereOn;
    private final PreparedStatement lastRowId;
    private final PreparedStatement deleteOld;
    private final PreparedStatement insertMessage;
    private final PreparedStatement insertBody;
    private final PreparedStatement insertLink;
    private final PreparedStatement insertContent;
    private final PreparedStatement insertAttachment;
    private final PreparedStatement insertSearch;
    private final PreparedStatement upsertDelivery;
    private final Map<String, Long> conversationIds = new HashMap<>();
    private final List<Long> indexLater = new ArrayList<>();

    MessageWriter(Connection c) throws SQLException {
        this.c = c;
        lastRowId = c.prepareStatement("SELECT last_insert_rowid()");
        deleteOld = c.prepareStatement("DELETE FROM messages WHERE folder_id = ? AND uid = ?");
        insertMessage = c.prepareStatement("""
                INSERT OR IGNORE INTO messages (folder_id, uid, modseq, message_id, in_reply_to, refs, from_address, from_name,
                  to_addresses, buyer_alias, peer_alias, conversation_id, order_id, subject, sent_at, received_at,
                  sort_time, flags, seen, answered, no_response_needed, reported, is_notice, size, snippet,
                  has_attachments, damage)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        insertBody = c.prepareStatement("INSERT INTO message_bodies (message_row, text_body, html_body) VALUES (?, ?, ?)");
        insertLink = c.prepareStatement("INSERT OR IGNORE INTO message_links (ref, message_row) VALUES (?, ?)");
        insertContent = c.prepareStatement(
                "INSERT OR IGNORE INTO attachment_contents (sha256, size, content) VALUES (?, ?, ?)");
        insertAttachment = c.prepareStatement("""
                INSERT INTO attachments (message_row, position, file_name, content_type, size, sha256)
                VALUES (?, ?, ?, ?, ?, ?)""");
        insertSearch = c.prepareStatement(INDEX_ROW);
        upsertDelivery = c.prepareStatement("""
                INSERT INTO delivery_status (message_id, status, rule_id, recipient_alias, notice_row, notice_message_id,
                  updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (message_id) DO UPDATE SET status = excluded.status, rule_id = excluded.rule_id,
                  recipient_alias = excluded.recipient_alias, notice_row = excluded.notice_row,
                  notice_message_id = excluded.notice_message_id, updated_at = excluded.updated_at""");
        // sqlite-jdbc answers getGeneratedKeys by running "SELECT last_insert_rowid()" as a new
        // statement after every INSERT it executes, asked for or not: eight per message here.
        // Off while this writer works (close() restores it); the one row id it needs it reads with
        // the prepared statement above. Last, so a failed constructor leaves the setting alone.
        this.keys = c.unwrap(SQLiteConnection.class).getConnectionConfig();
        this.keysWereOn = keys.isGetGeneratedKeys();
        keys.setGetGeneratedKeys(false);
    }

    /** Inserts the message, replacing one with the same folder and UID; returns its row id. */
    long replace(long folderId, FetchedMessage m) throws SQLException {
        String buyerAlias = buyerAlias(m);
        String peerAlias = peerAlias(m, buyerAlias);
        long sortTime = sortTime(m);
        Long conversationId = peerAlias == null ? null
                : conversation(peerAlias);
        MessageFlags flags = MessageFlags.of(m.flags());
        String searchableBody = searchableBody(m.textBody(), m.htmlBody());

        int i = 1;
        insertMessage.setLong(i++, folderId);
        insertMessage.setLong(i++, m.uid());
        insertMessage.setLong(i++, m.modSeq());
        insertMessage.setString(i++, normalizeId(m.messageId()));
        insertMessage.setString(i++, normalizeId(m.inReplyTo()));
        insertMessage.setString(i++, String.join(" ", m.references()));
        insertMessage.setString(i++, RelayAddresses.bareAddress(m.fromAddress()));
        insertMessage.setString(i++, m.fromName());
        insertMessage.setString(i++, String.join(", ", m.to()));
        insertMessage.setString(i++, buyerAlias);
        insertMessage.setString(i++, peerAlias);
        setLong(insertMessage, i++, conversationId);
        insertMessage.setString(i++, m.orderId());
        insertMessage.setString(i++, m.subject() == null ? "" : m.subject());
        setLong(insertMessage, i++, m.sentDate() == null ? null : m.sentDate().toEpochMilli());
        setLong(insertMessage, i++, m.receivedDate() == null ? null : m.receivedDate().toEpochMilli());
        insertMessage.setLong(i++, sortTime);
        insertMessage.setString(i++, flags.text());
        insertMessage.setInt(i++, flags.seen() ? 1 : 0);
        insertMessage.setInt(i++, flags.answered() ? 1 : 0);
        insertMessage.setInt(i++, flags.noResponseNeeded() ? 1 : 0);
        insertMessage.setInt(i++, flags.reported() ? 1 : 0);
        insertMessage.setInt(i++, m.notice() != null ? 1 : 0);
        insertMessage.setLong(i++, m.size());
        insertMessage.setString(i++, preview(searchableBody));
        insertMessage.setInt(i++, m.attachments().isEmpty() ? 0 : 1);
        insertMessage.setString(i, m.damage());
        if (insertMessage.executeUpdate() == 0) {
            // The UID is cached already (a resumed or repeated batch): replace it. Rare, so the
            // common case costs one statement instead of a DELETE probe per message.
            deleteOld.setLong(1, folderId);
            deleteOld.setLong(2, m.uid());
            deleteOld.executeUpdate();
            insertMessage.executeUpdate();
        }
        long row;
        try (ResultSet rs = lastRowId.executeQuery()) {
            rs.next();
            row = rs.getLong(1);
        }

        insertBody.setLong(1, row);
        insertBody.setString(2, m.textBody());
        insertBody.setString(3, m.htmlBody());
        insertBody.executeUpdate();

        for (String ref : replyLinks(m)) {
            insertLink.setString(1, ref);
            insertLink.setLong(2, row);
            insertLink.executeUpdate();
        }
        int position = 0;
        for (FetchedAttachment a : m.attachments()) {
            insertAttachment(row, position++, a);
        }

        if (searchableBody == m.textBody()) {
            indexLater.add(row);  // the common case: indexed from the stored row, see indexBatch
        } else {
            index(row, searchableBody);
        }

        if (m.notice() != null) {
            recordNotice(row, m);
        }
        return row;
    }

    /**
     * Indexes the messages whose search text is their stored plain body in one statement that
     * reads them back from the rows just written, instead of handing each body over JDBC a
     * second time (converted to UTF-8 and copied again). Same values as {@link #index}.
     * Call once after the batch's {@link #replace} calls, inside the same transaction.
     */
    void indexBatch() throws SQLException {
        if (indexLater.isEmpty()) {
            return;
        }
        StringBuilder ids = new StringBuilder(indexLater.size() * 8);
        for (int k = 0; k < indexLater.size(); k++) {
            ids.append(k == 0 ? "" : ",").append(indexLater.get(k));
        }
        indexLater.clear();
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO message_search (rowid, subject, body, buyer_name, alias, order_id)
                SELECT m.id, m.subject, b.text_body, """ + INDEXED_NAMES + """
                       , coalesce(m.peer_alias, ''), coalesce(m.order_id, '')
                FROM messages m JOIN message_bodies b ON b.message_row = m.id
                WHERE m.id IN (""" + ids + ") ORDER BY m.id")) {
            s.executeUpdate();
        }
    }

    private void index(long row, String searchableBody) throws SQLException {
        insertSearch.setString(1, searchableBody);
        insertSearch.setLong(2, row);
        insertSearch.executeUpdate();
    }

    private void insertAttachment(long row, int position, FetchedAttachment a) throws SQLException {
        String sha = null;
        if (a.content() != null) {
            sha = a.sha256() != null ? a.sha256() : com.relaydesk.rules.Attachment.sha256Of(a.content());
            insertContent.setString(1, sha);
            insertContent.setLong(2, a.content().length);
            insertContent.setBytes(3, a.content());
            insertContent.executeUpdate();
        }
        insertAttachment.setLong(1, row);
        insertAttachment.setInt(2, position);
        insertAttachment.setString(3, a.fileName());
        insertAttachment.setString(4, a.contentType());
        insertAttachment.setLong(5, a.size());
        insertAttachment.setString(6, sha);
        insertAttachment.executeUpdate();
    }

    /** B8: the notice says what happened to the seller's message with that Message-ID. */
    private void recordNotice(long row, FetchedMessage m) throws SQLException {
        NoticeFacts notice = m.notice();
        String original = normalizeId(notice.originalMessageId());
        if (original == null) {
            return;
        }
        upsertDelivery.setString(1, original);
        upsertDelivery.setString(2, notice.outcome() == NoticeFacts.Outcome.BOUNCED ? "bounced" : "rejected");
        upsertDelivery.setString(3, notice.ruleId());
        upsertDelivery.setString(4, RelayAddresses.bareAddress(notice.recipientAlias()));
        upsertDelivery.setLong(5, row);
        upsertDelivery.setString(6, normalizeId(m.messageId()));
        upsertDelivery.setLong(7, Instant.now().toEpochMilli());
        upsertDelivery.executeUpdate();
    }

    /**
     * Creates or updates the conversation of every buyer in {@code batch} with one statement per
     * {@value #CONVERSATIONS_PER_STATEMENT} buyers instead of one per message, and learns their
     * ids; {@link #replace} then takes them from here. The rows end as an upsert per message would
     * leave them: the latest message time, and the last buyer name the batch carries. Call before
     * the batch's {@link #replace} calls, in the same transaction.
     */
    void upsertConversations(List<FetchedMessage> batch) throws SQLException {
        Map<String, BuyerFacts> buyers = new LinkedHashMap<>();
        for (FetchedMessage m : batch) {
            String buyerAlias = buyerAlias(m);
            String peerAlias = peerAlias(m, buyerAlias);
            if (peerAlias != null) {
                BuyerFacts facts = buyers.computeIfAbsent(peerAlias, k -> new BuyerFacts());
                facts.add(buyerName(m, buyerAlias), sortTime(m));
                facts.fromSubject(m.subject());
            }
        }
        List<String> aliases = new ArrayList<>(buyers.keySet());
        for (int from = 0; from < aliases.size(); from += CONVERSATIONS_PER_STATEMENT) {
            List<String> chunk = aliases.subList(from, Math.min(aliases.size(), from + CONVERSATIONS_PER_STATEMENT));
            Map<String, String> namesBefore = new HashMap<>();
            Map<String, String> namesAfter = new HashMap<>();
            readConversations(chunk, namesBefore, null);
            String values = String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?)"));
            try (PreparedStatement upsert = c.prepareStatement(UPSERT_CONVERSATIONS + values + UPSERT_CONVERSATIONS_END)) {
                int i = 1;
                for (String alias : chunk) {
                    BuyerFacts facts = buyers.get(alias);
                    upsert.setString(i++, alias);
                    upsert.setString(i++, facts.name);
                    upsert.setLong(i++, facts.latest);
                }
                upsert.executeUpdate();
            }
            // A name from a subject only where none is known: the buyer's own From name wins.
            try (PreparedStatement named = c.prepareStatement(
                    "UPDATE conversations SET buyer_name = ? WHERE buyer_alias = ? AND buyer_name IS NULL")) {
                for (String alias : chunk) {
                    String subjectName = buyers.get(alias).subjectName;
                    if (subjectName != null) {
                        named.setString(1, subjectName);
                        named.setString(2, alias);
                        named.addBatch();
                    }
                }
                named.executeBatch();
            }
            readConversations(chunk, namesAfter, conversationIds);
            for (Map.Entry<String, String> before : namesBefore.entrySet()) {
                if (!java.util.Objects.equals(before.getValue(), namesAfter.get(before.getKey()))) {
                    reindexReplies(before.getKey());
                }
            }
        }
    }

    /** The buyer names (and, when {@code ids} is given, the ids) of the conversations with these buyers. */
    private void readConversations(List<String> chunk, Map<String, String> names, Map<String, Long> ids)
            throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
        try (PreparedStatement find = c.prepareStatement(
                "SELECT buyer_alias, id, buyer_name FROM conversations WHERE buyer_alias IN (" + marks + ")")) {
            for (int k = 0; k < chunk.size(); k++) {
                find.setString(k + 1, chunk.get(k));
            }
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(3));
                    if (ids != null) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
    }

    /**
     * The seller's messages to a buyer whose name just changed, indexed again under the new one
     * (their rows show it). Rare after the first sync: a buyer is named by their first message.
     */
    private void reindexReplies(String alias) throws SQLException {
        reindex(c, "m.peer_alias = ? AND (m.buyer_alias IS NULL"
                + " OR m.folder_id = (SELECT id FROM folders WHERE role = 'sent'))", alias);
    }

    /** What a batch says about one buyer's conversation. */
    private static final class BuyerFacts {
        String name;
        String subjectName;
        long latest = Long.MIN_VALUE;

        /** The marketplace's "from Amazon customer Yuki" in a subject, for a buyer known by no message of theirs. */
        void fromSubject(String subject) {
            if (subjectName == null && name == null) {
                subjectName = com.relaydesk.rules.CustomerNames.inSubject(subject).orElse(null);
            }
        }

        void add(String buyerName, long time) {
            if (buyerName != null) {
                name = buyerName;  // the last one wins, as coalesce(excluded.buyer_name, …) message by message
            }
            latest = Math.max(latest, time);
        }
    }

    /** The conversation {@link #upsertConversations} wrote for this buyer in this batch. */
    private Long conversation(String alias) {
        Long id = conversationIds.get(alias);
        if (id == null) {
            throw new IllegalStateException("upsertConversations was not called for the batch of " + alias);
        }
        return id;
    }

    private static String buyerAlias(FetchedMessage m) {
        return m.buyerAlias() == null ? null : RelayAddresses.bareAddress(m.buyerAlias());
    }

    private static String peerAlias(FetchedMessage m, String buyerAlias) {
        return buyerAlias != null ? buyerAlias : RelayAddresses.firstAlias(m.to());
    }

    /**
     * The buyer's name comes only from the buyer's own messages: in Sent the alias is the
     * recipient's and the From name is the seller's.
     */
    private static String buyerName(FetchedMessage m, String buyerAlias) {
        boolean fromTheBuyer = buyerAlias != null && m.fromAddress() != null
                && buyerAlias.equalsIgnoreCase(RelayAddresses.bareAddress(m.fromAddress()));
        return fromTheBuyer ? blankToNull(m.fromName()) : null;
    }

    private static Set<String> replyLinks(FetchedMessage m) {
        Set<String> refs = new LinkedHashSet<>();
        String inReplyTo = normalizeId(m.inReplyTo());
        if (inReplyTo != null) {
            refs.add(inReplyTo);
        }
        for (String r : m.references()) {
            String id = normalizeId(r);
            if (id != null) {
                refs.add(id);
            }
        }
        return refs;
    }

    /** The text the search index gets: the plain body, or the HTML body's text when there is no plain one. */
    static String searchableBody(String text, String html) {
        return (text == null || text.isBlank()) && html != null ? plainText(html) : text == null ? "" : text;
    }

    /**
     * Indexes the messages about an order again, so a buyer name that arrived with the order
     * after the messages (an order report imported later) becomes searchable.
     */
    static void reindexOrder(Connection c, String orderId) throws SQLException {
        reindex(c, "m.order_id = ?", orderId);
    }

    /** Takes the messages that meet {@code condition} (one parameter) out of the index and indexes them again. */
    private static void reindex(Connection c, String condition, String parameter) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT m.id, b.text_body, b.html_body"
                + " FROM messages m LEFT JOIN message_bodies b ON b.message_row = m.id WHERE " + condition);
                PreparedStatement delete = c.prepareStatement("DELETE FROM message_search WHERE rowid = ?");
                PreparedStatement insert = c.prepareStatement(INDEX_ROW)) {
            select.setString(1, parameter);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long row = rs.getLong(1);
                    delete.setLong(1, row);
                    delete.executeUpdate();
                    insert.setString(1, searchableBody(rs.getString(2), rs.getString(3)));
                    insert.setLong(2, row);
                    insert.executeUpdate();
                }
            }
        }
    }

    static long sortTime(FetchedMessage m) {
        Instant t = m.receivedDate() != null ? m.receivedDate() : m.sentDate();
        return t == null ? 0 : t.toEpochMilli();
    }

    /** Message-IDs compare with their angle brackets, trimmed: {@code <id@host>}. */
    static String normalizeId(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String t = id.trim();
        if (!t.startsWith("<")) {
            t = "<" + t + ">";
        }
        return t;
    }

    /** What the list shows of a message: the start of the buyer's words, past the relay's banner. */
    static String preview(String searchableBody) {
        return snippet(com.relaydesk.rules.RelayWrapping.messageStart(searchableBody));
    }

    static String snippet(String text) {
        int end = Math.min(text.length(), SNIPPET_LENGTH * 4);
        // Runs of whitespace become one space, as \\s+ → " " would do, without a regex: this ran
        // for every stored message and was a tenth of the time a batch took to store.
        StringBuilder b = new StringBuilder(Math.min(end, SNIPPET_LENGTH + 16));
        boolean space = false;
        int first = -1;  // where trim() will start: the first character above ' '
        for (int i = 0; i < end; i++) {
            char ch = text.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == 0x0B) {
                if (!space) {
                    b.append(' ');
                    space = true;
                }
            } else {
                b.append(ch);
                space = false;
                if (ch > ' ') {
                    if (first < 0) {
                        first = b.length() - 1;
                    } else if (b.length() - first > SNIPPET_LENGTH) {
                        // Longer than a snippet whatever follows: the rest would only be cut off
                        // (this loop ran over 800 characters of every stored message).
                        break;
                    }
                }
            }
        }
        String collapsed = b.toString().trim();
        return collapsed.length() <= SNIPPET_LENGTH ? collapsed : collapsed.substring(0, SNIPPET_LENGTH - 1) + "…";
    }

    static String plainText(String html) {
        return SPACE.matcher(TAGS.matcher(html).replaceAll(" ")).replaceAll(" ").trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setLong(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        keys.setGetGeneratedKeys(keysWereOn);
        for (PreparedStatement s : new PreparedStatement[] {lastRowId, deleteOld, insertMessage, insertBody, insertLink,
                insertContent, insertAttachment, insertSearch, upsertDelivery}) {
            s.close();
        }
    }
}
