package com.relaydesk.store;

import com.relaydesk.model.DeliveryStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Delivery status of the seller's messages (B8), by Message-ID: waiting in the outbox, delivered
 * (no notice came back), or bounced / rejected as a relay notice said. The notice itself is one
 * click away through {@link #noticeFor}.
 */
public final class DeliveryOperations {

    private final Database db;

    public DeliveryOperations(Database db) {
        this.db = db;
    }

    /** What happened to the message with this Message-ID; empty when the cache knows no such sent message. */
    public Optional<DeliveryStatus> statusOf(String messageId) {
        String id = MessageWriter.normalizeId(messageId);
        return db.read("read a delivery status", c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT (SELECT status FROM delivery_status WHERE message_id = ?1),
                           (SELECT state FROM outbox WHERE message_id = ?1),
                           EXISTS (SELECT 1 FROM messages m JOIN folders f ON f.id = m.folder_id
                                   WHERE m.message_id = ?1 AND f.role = 'sent')""")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    String notice = rs.getString(1);
                    String outbox = rs.getString(2);
                    boolean inSent = rs.getInt(3) == 1;
                    if (notice != null) {
                        return Optional.of(DeliveryStatus.valueOf(notice.toUpperCase(Locale.ROOT)));
                    }
                    if (outbox != null && (outbox.equals("queued") || outbox.equals("checked"))) {
                        return Optional.of(DeliveryStatus.QUEUED);
                    }
                    if (inSent || (outbox != null && !List.of("failed", "held", "discarded").contains(outbox))) {
                        return Optional.of(DeliveryStatus.DELIVERED);
                    }
                    return Optional.<DeliveryStatus>empty();
                }
            }
        });
    }

    /** The cached row of the relay notice about that message, when one came back and is still cached. */
    public Optional<Long> noticeFor(String messageId) {
        String id = MessageWriter.normalizeId(messageId);
        return db.read("find a relay notice", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT notice_row FROM delivery_status WHERE message_id = ? AND notice_row IS NOT NULL")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }
}
