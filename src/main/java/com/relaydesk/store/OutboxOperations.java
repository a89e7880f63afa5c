package com.relaydesk.store;

import com.relaydesk.mail.OutboxStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The outbox ({@link OutboxStore}): every write is a durable transaction that also writes the
 * audit log. The allowed steps of the state machine are checked here, in one place.
 */
public final class OutboxOperations implements OutboxStore {

    static final String ACTOR = "relaydesk";

    private static final Map<State, Set<State>> NEXT = Map.of(
            State.QUEUED, EnumSet.of(State.CHECKED, State.FAILED),
            State.CHECKED, EnumSet.of(State.SUBMITTED, State.FAILED, State.HELD),
            State.SUBMITTED, EnumSet.of(State.APPENDED, State.ANSWERED, State.FAILED),
            State.APPENDED, EnumSet.of(State.ANSWERED, State.FAILED),
            State.ANSWERED, EnumSet.noneOf(State.class),
            State.FAILED, EnumSet.of(State.QUEUED, State.DISCARDED),
            State.HELD, EnumSet.of(State.QUEUED, State.SUBMITTED, State.DISCARDED),
            State.DISCARDED, EnumSet.noneOf(State.class));

    private static final String COLUMNS = "id, message_id, state, to_address, subject, text_body, html_body, in_reply_to,"
            + " refs, order_id, raw_mime, attempts, last_error, created_at, updated_at, send_anyway, submitting_since";

    /** The mark of {@link #submitting} outlives only the steps that keep the reply unconfirmed. */
    private static final String KEEP_OR_CLEAR_SUBMITTING =
            "submitting_since = CASE WHEN ? IN ('held', 'discarded') THEN submitting_since ELSE NULL END";

    private final Database db;

    public OutboxOperations(Database db) {
        this.db = db;
    }

    /** True when the state machine allows the step. */
    public static boolean allowed(State from, State to) {
        return NEXT.get(from).contains(to);
    }

    @Override
    public Entry enqueue(NewReply reply) {
        String messageId = MessageWriter.normalizeId(reply.messageId());
        return db.durableTransaction("put a reply in the outbox", c -> {
            if (load(c, messageId).isPresent()) {
                throw new IllegalStateException("already in the outbox: " + messageId);
            }
            long now = Instant.now().toEpochMilli();
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO outbox (message_id, state, to_address, subject, text_body, html_body, in_reply_to, refs,
                      order_id, raw_mime, created_at, updated_at, send_anyway)
                    VALUES (?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                s.setString(1, messageId);
                s.setString(2, reply.to());
                s.setString(3, reply.subject());
                s.setString(4, reply.textBody());
                s.setString(5, reply.htmlBody());
                s.setString(6, MessageWriter.normalizeId(reply.inReplyTo()));
                s.setString(7, String.join(" ", reply.references()));
                s.setString(8, reply.orderId());
                if (reply.rawMime() == null) {
                    s.setNull(9, Types.BLOB);
                } else {
                    s.setBytes(9, reply.rawMime());
                }
                s.setLong(10, now);
                s.setLong(11, now);
                s.setInt(12, reply.sendAnyway() ? 1 : 0);
                s.executeUpdate();
            }
            AuditOperations.write(c, ACTOR, "outbox queued", messageId, "to " + reply.to() + ": " + reply.subject());
            return load(c, messageId).orElseThrow();
        });
    }

    @Override
    public List<Entry> pending() {
        return db.read("read the outbox", c -> query(c,
                "SELECT " + COLUMNS + " FROM outbox WHERE state NOT IN ('answered', 'failed', 'held', 'discarded') ORDER BY created_at, id"));
    }

    /** Every entry, newest first (the Outbox filter): waiting, failed and done. */
    public List<Entry> all() {
        return db.read("read the outbox", c -> query(c, "SELECT " + COLUMNS + " FROM outbox ORDER BY created_at DESC, id DESC"));
    }

    @Override
    public Optional<Entry> find(String messageId) {
        return db.read("read the outbox", c -> load(c, MessageWriter.normalizeId(messageId)));
    }

    @Override
    public Entry advance(String messageId, State from, State to) {
        if (!allowed(from, to)) {
            throw new IllegalStateException("the outbox does not go from " + from + " to " + to);
        }
        String id = MessageWriter.normalizeId(messageId);
        return db.durableTransaction("save the outbox state of a reply", c -> {
            if (from == State.HELD && to == State.SUBMITTED && !load(c, id).map(Entry::unconfirmed).orElse(false)) {
                // only a reply that was given to the server can turn out to have gone
                throw new IllegalStateException(id + " was held before it was given to the mail server");
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE outbox SET state = ?, updated_at = ?, last_error = CASE WHEN ? = 'queued' THEN last_error"
                            + " ELSE NULL END, " + KEEP_OR_CLEAR_SUBMITTING + " WHERE message_id = ? AND state = ?")) {
                s.setString(1, name(to));
                s.setLong(2, Instant.now().toEpochMilli());
                s.setString(3, name(to));
                s.setString(4, name(to));
                s.setString(5, id);
                s.setString(6, name(from));
                if (s.executeUpdate() != 1) {
                    Optional<Entry> now = load(c, id);
                    throw new IllegalStateException(now.isEmpty() ? "not in the outbox: " + id
                            : id + " is " + now.get().state() + ", not " + from);
                }
            }
            AuditOperations.write(c, ACTOR, "outbox " + name(to), id, name(from) + " → " + name(to));
            return load(c, id).orElseThrow();
        });
    }

    @Override
    public Entry fail(String messageId, String error) {
        String id = MessageWriter.normalizeId(messageId);
        return db.durableTransaction("save a failed send", c -> {
            Entry entry = load(c, id).orElseThrow(() -> new IllegalStateException("not in the outbox: " + id));
            if (!entry.state().pending()) {
                throw new IllegalStateException(id + " is " + entry.state() + " and cannot fail any more");
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?, updated_at = ?,"
                            + " submitting_since = NULL WHERE message_id = ?")) {
                s.setString(1, error);
                s.setLong(2, Instant.now().toEpochMilli());
                s.setString(3, id);
                s.executeUpdate();
            }
            AuditOperations.write(c, ACTOR, "outbox failed", id, error);
            return load(c, id).orElseThrow();
        });
    }

    @Override
    public Entry hold(String messageId, String reason) {
        // the hold keeps the unconfirmed mark, so the held entry says which hold it was
        return move(messageId, State.CHECKED, State.HELD, reason,
                held -> held.unconfirmed() ? "outbox held unconfirmed" : "outbox held", false);
    }

    @Override
    public Entry sendAnyway(String messageId) {
        return move(messageId, State.HELD, State.QUEUED, null, moved -> "outbox send anyway", true);
    }

    @Override
    public Entry discard(String messageId) {
        String id = MessageWriter.normalizeId(messageId);
        State from = find(id).map(Entry::state).orElseThrow(() -> new IllegalStateException("not in the outbox: " + id));
        return move(id, from, State.DISCARDED, null, moved -> "outbox discarded", false);
    }

    /**
     * One step that also sets the message shown with it and, for send anyway, the mark that skips the race check;
     * the audit action is named from the entry as the step left it, in the same transaction.
     */
    private Entry move(String messageId, State from, State to, String reason, Function<Entry, String> action,
            boolean sendAnyway) {
        if (!allowed(from, to)) {
            throw new IllegalStateException("the outbox does not go from " + from + " to " + to);
        }
        String id = MessageWriter.normalizeId(messageId);
        return db.durableTransaction("save the outbox state of a reply", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE outbox SET state = ?, updated_at = ?, last_error = COALESCE(?, last_error),"
                            + " send_anyway = send_anyway OR ?, " + KEEP_OR_CLEAR_SUBMITTING + " WHERE message_id = ? AND state = ?")) {
                s.setString(1, name(to));
                s.setLong(2, Instant.now().toEpochMilli());
                s.setString(3, reason);
                s.setInt(4, sendAnyway ? 1 : 0);
                s.setString(5, name(to));
                s.setString(6, id);
                s.setString(7, name(from));
                if (s.executeUpdate() != 1) {
                    Optional<Entry> now = load(c, id);
                    throw new IllegalStateException(now.isEmpty() ? "not in the outbox: " + id
                            : id + " is " + now.get().state() + ", not " + from);
                }
            }
            Entry moved = load(c, id).orElseThrow();
            AuditOperations.write(c, ACTOR, action.apply(moved), id, reason == null ? name(from) + " → " + name(to) : reason);
            return moved;
        });
    }

    @Override
    public void submitting(String messageId) {
        markSubmitting(messageId, true);
    }

    @Override
    public void notSubmitted(String messageId) {
        markSubmitting(messageId, false);
    }

    /** Sets or clears the mark of a checked reply; setting it is audited (it is the moment the reply left). */
    private void markSubmitting(String messageId, boolean submitting) {
        String id = MessageWriter.normalizeId(messageId);
        db.durableTransaction(submitting ? "remember that a reply is being submitted" : "remember that a reply was not submitted",
                c -> {
                    try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET submitting_since = ?, updated_at = ?"
                            + " WHERE message_id = ? AND state = 'checked'")) {
                        long now = Instant.now().toEpochMilli();
                        if (submitting) {
                            s.setLong(1, now);
                        } else {
                            s.setNull(1, Types.INTEGER);
                        }
                        s.setLong(2, now);
                        s.setString(3, id);
                        if (s.executeUpdate() != 1 && submitting) {
                            throw new IllegalStateException(id + " is not a checked reply in the outbox");
                        }
                    }
                    if (submitting) {
                        AuditOperations.write(c, ACTOR, "outbox submitting", id, "given to the SMTP server");
                    }
                    return null;
                });
    }

    @Override
    public List<Entry> heldUnconfirmed(Instant since) {
        return db.read("read the outbox", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox WHERE state = 'held'"
                    + " AND submitting_since > ? ORDER BY submitting_since, id")) {
                s.setLong(1, since.toEpochMilli());
                return entries(s);
            }
        });
    }

    @Override
    public int waitingCount() {
        return db.read("count the outbox", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT count(*) FROM outbox WHERE state IN ('queued', 'checked')");
                    ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public void takingAnswer(String messageId, TakenAnswer answer) {
        setAnswer(messageId, answer, "remember the answer a reply takes");
    }

    @Override
    public Optional<TakenAnswer> takenAnswer(String messageId) {
        String id = MessageWriter.normalizeId(messageId);
        return db.read("read the answer a reply took", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT answer_uid, answer_keyword FROM outbox WHERE message_id = ? AND answer_keyword IS NOT NULL")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new TakenAnswer(rs.getLong(1), rs.getString(2))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void answerGivenBack(String messageId) {
        setAnswer(messageId, null, "forget the answer a reply gave back");
    }

    private void setAnswer(String messageId, TakenAnswer answer, String doing) {
        String id = MessageWriter.normalizeId(messageId);
        db.durableTransaction(doing, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE outbox SET answer_uid = ?, answer_keyword = ?, updated_at = ? WHERE message_id = ?")) {
                if (answer == null) {
                    s.setNull(1, Types.INTEGER);
                    s.setNull(2, Types.VARCHAR);
                } else {
                    s.setLong(1, answer.uid());
                    s.setString(2, answer.keyword());
                }
                s.setLong(3, Instant.now().toEpochMilli());
                s.setString(4, id);
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("not in the outbox: " + id);
                }
            }
            return null;
        });
    }

    private static Optional<Entry> load(Connection c, String messageId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox WHERE message_id = ?")) {
            s.setString(1, messageId);
            List<Entry> rows = entries(s);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
        }
    }

    private static List<Entry> query(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            return entries(s);
        }
    }

    private static List<Entry> entries(PreparedStatement s) throws SQLException {
        List<Entry> list = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String refs = rs.getString(9);
                list.add(new Entry(rs.getLong(1), rs.getString(2), State.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        refs == null || refs.isBlank() ? List.of() : Arrays.asList(refs.split(" ")), rs.getString(10),
                        rs.getBytes(11), rs.getInt(12), rs.getString(13), Instant.ofEpochMilli(rs.getLong(14)),
                        Instant.ofEpochMilli(rs.getLong(15)), rs.getInt(16) == 1, instantOrNull(rs, 17)));
            }
        }
        return list;
    }

    private static Instant instantOrNull(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static String name(State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
