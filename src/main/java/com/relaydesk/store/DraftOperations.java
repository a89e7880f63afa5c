package com.relaydesk.store;

import com.relaydesk.rules.Attachment;
import java.sql.Connection;
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
     * @param inReplyTo          Message-ID of the buyer message being answered, null for a new message
     * @param contactReason      the Seller Central contact reason's name as the editor had it, null for none
     * @param newMessage         "send as a new message" was ticked
     * @param attachments        the files attached, with their content, in order
     * @param attachmentsLeftOut names of files that were attached but not kept (too big to keep)
     */
    public record Draft(long id, String inReplyTo, String to, String subject, String body, String orderId,
                        Long templateId, Instant updatedAt, String contactReason, boolean newMessage,
                        List<Attachment> attachments, List<String> attachmentsLeftOut) {
        public Draft {
            subject = subject == null ? "" : subject;
            body = body == null ? "" : body;
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
            attachmentsLeftOut = attachmentsLeftOut == null ? List.of() : List.copyOf(attachmentsLeftOut);
        }

        /** A draft of text and subject only. */
        public Draft(long id, String inReplyTo, String to, String subject, String body, String orderId,
                     Long templateId, Instant updatedAt) {
            this(id, inReplyTo, to, subject, body, orderId, templateId, updatedAt, null, false, List.of(), List.of());
        }
    }

    private static final String COLUMNS = "id, in_reply_to, to_address, subject, text_body, order_id, template_id, updated_at,"
            + " contact_reason, new_message, attachments_left_out";

    /** Separates the names left out; a name with a line break in it (Linux allows one) is kept with a space. */
    private static final String LEFT_OUT_SEPARATOR = "\n";

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
                            + " contact_reason, new_message, attachments_left_out, profile_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    : "UPDATE drafts SET in_reply_to = ?, to_address = ?, subject = ?, text_body = ?, order_id = ?,"
                            + " template_id = ?, updated_at = ?, contact_reason = ?, new_message = ?,"
                            + " attachments_left_out = ? WHERE profile_id = ? AND id = ?";
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
                s.setString(8, draft.contactReason());
                s.setInt(9, draft.newMessage() ? 1 : 0);
                s.setString(10, String.join(LEFT_OUT_SEPARATOR, draft.attachmentsLeftOut().stream()
                        .map(name -> name.replaceAll("[\r\n]+", " ")).toList()));
                s.setLong(11, profileId);
                if (id != 0) {
                    s.setLong(12, id);
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
            DraftAttachments.replace(c, id, draft.attachments());
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM drafts WHERE id = ?")) {
                s.setLong(1, id);
                Draft stored = list(s).get(0);
                // the attachments as given, not read back: that would read up to 10 MB to return what the caller has
                return new Draft(stored.id(), stored.inReplyTo(), stored.to(), stored.subject(), stored.body(),
                        stored.orderId(), stored.templateId(), stored.updatedAt(), stored.contactReason(),
                        stored.newMessage(), draft.attachments(), stored.attachmentsLeftOut());
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
                return rows.isEmpty() ? Optional.<Draft>empty() : Optional.of(withAttachments(c, rows.get(0)));
            }
        });
    }

    /** The id of the profile's newest draft answering that message, without reading its attachments. */
    public Optional<Long> idFor(long profileId, String inReplyTo) {
        return db.read("find a draft", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM drafts WHERE profile_id = ? AND in_reply_to = ?"
                    + " ORDER BY updated_at DESC, id DESC LIMIT 1")) {
                s.setLong(1, profileId);
                s.setString(2, MessageWriter.normalizeId(inReplyTo));
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    /** Every draft of the profile, newest first (without the attachments' content: {@link #forMessage} reads those). */
    public List<Draft> all(long profileId) {
        return db.read("read the drafts", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM drafts WHERE profile_id = ? ORDER BY updated_at DESC, id DESC")) {
                s.setLong(1, profileId);
                return list(s);
            }
        });
    }

    /** Deletes one of the profile's drafts (sent or discarded), its attachments with it. */
    public void delete(long profileId, long id) {
        db.durableTransaction("delete a draft", c -> {
            java.util.Set<String> contents = DraftAttachments.hashes(c, id);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM drafts WHERE profile_id = ? AND id = ?")) {
                s.setLong(1, profileId);
                s.setLong(2, id);
                if (s.executeUpdate() == 0) {
                    return null; // not this profile's: a teammate's attachments stay
                }
            }
            DraftAttachments.dropUnused(c, contents);
            return null;
        });
    }

    private static Draft withAttachments(Connection c, Draft draft) throws SQLException {
        return new Draft(draft.id(), draft.inReplyTo(), draft.to(), draft.subject(), draft.body(), draft.orderId(),
                draft.templateId(), draft.updatedAt(), draft.contactReason(), draft.newMessage(),
                DraftAttachments.load(c, draft.id()), draft.attachmentsLeftOut());
    }

    private static List<Draft> list(PreparedStatement s) throws SQLException {
        List<Draft> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long template = rs.getLong(7);
                Long templateId = rs.wasNull() ? null : template;
                String leftOut = rs.getString(11);
                rows.add(new Draft(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), templateId, Instant.ofEpochMilli(rs.getLong(8)), rs.getString(9),
                        rs.getInt(10) != 0, List.of(),
                        leftOut.isEmpty() ? List.of() : List.of(leftOut.split(LEFT_OUT_SEPARATOR, -1))));
            }
        }
        return rows;
    }
}
