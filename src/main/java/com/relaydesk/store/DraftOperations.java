package com.relaydesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reply drafts, kept on the seller's disk only (durably, never dropped by a resync) until they
 * are queued in the outbox or discarded. Each draft belongs to one profile: on a shared desktop
 * nobody picks up a teammate's half-written reply as their own.
 */
public final class DraftOperations {

    /**
     * A draft; {@code id} is 0 for one not yet saved.
     *
     * @param inReplyTo Message-ID of the buyer message being answered, null for a new message
     */
    public record Draft(long id, String inReplyTo, String to, String subject, String body, String orderId,
                        Long templateId, Instant updatedAt) {
        public Draft {
            subject = subject == null ? "" : subject;
            body = body == null ? "" : body;
        }
    }

    private static final String COLUMNS = "id, in_reply_to, to_address, subject, text_body, order_id, template_id, updated_at";

    private final Database db;

    public DraftOperations(Database db) {
        this.db = db;
    }

    /** Inserts (id 0) or updates the profile's draft; returns it as stored. */
    public Draft save(long profileId, Draft draft) {
        return db.durableTransaction("save a draft", c -> {
            long now = Instant.now().toEpochMilli();
            long id = draft.id();
            String sql = id == 0
                    ? "INSERT INTO drafts (in_reply_to, to_address, subject, text_body, order_id, template_id, updated_at,"
                            + " profile_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    : "UPDATE drafts SET in_reply_to = ?, to_address = ?, subject = ?, text_body = ?, order_id = ?,"
                            + " template_id = ?, updated_at = ? WHERE profile_id = ? AND id = ?";
            try (PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
                s.setString(1, MessageWriter.normalizeId(draft.inReplyTo()));
                s.setString(2, draft.to());
                s.setString(3, draft.subject());
                s.setString(4, draft.body());
                s.setString(5, draft.orderId());
                if (draft.templateId() == null) {
                    s.setNull(6, Types.INTEGER);
                } else {
                    s.setLong(6, draft.templateId());
                }
                s.setLong(7, now);
                s.setLong(8, profileId);
                if (id != 0) {
                    s.setLong(9, id);
                    if (s.executeUpdate() != 1) {
                        throw new IllegalStateException("no draft " + id + " of profile " + profileId);
                    }
                } else {
                    s.executeUpdate();
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM drafts WHERE id = ?")) {
                s.setLong(1, id);
                return list(s).get(0);
            }
        });
    }

    /** The profile's newest draft answering that message, if they started one. */
    public Optional<Draft> forMessage(long profileId, String inReplyTo) {
        return db.read("read a draft", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM drafts WHERE profile_id = ? AND in_reply_to = ? ORDER BY updated_at DESC, id DESC LIMIT 1")) {
                s.setLong(1, profileId);
                s.setString(2, MessageWriter.normalizeId(inReplyTo));
                List<Draft> rows = list(s);
                return rows.isEmpty() ? Optional.<Draft>empty() : Optional.of(rows.get(0));
            }
        });
    }

    /** Every draft of the profile, newest first. */
    public List<Draft> all(long profileId) {
        return db.read("read the drafts", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM drafts WHERE profile_id = ? ORDER BY updated_at DESC, id DESC")) {
                s.setLong(1, profileId);
                return list(s);
            }
        });
    }

    /** Deletes one of the profile's drafts (sent or discarded). */
    public void delete(long profileId, long id) {
        db.durableTransaction("delete a draft", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM drafts WHERE profile_id = ? AND id = ?")) {
                s.setLong(1, profileId);
                s.setLong(2, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    private static List<Draft> list(PreparedStatement s) throws SQLException {
        List<Draft> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long template = rs.getLong(7);
                Long templateId = rs.wasNull() ? null : template;
                rows.add(new Draft(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), templateId, Instant.ofEpochMilli(rs.getLong(8))));
            }
        }
        return rows;
    }
}
