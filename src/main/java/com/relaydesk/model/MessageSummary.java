package com.relaydesk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of a mailbox view (relay rule E1): what the list shows before a message is opened.
 *
 * @param buyerAlias the relay alias of the buyer the message is with (sender or recipient), null if none
 * @param delivery   for the seller's own messages, what the relay did with it (B8); null for received mail
 */
public record MessageSummary(
        long id,
        String buyerName,
        String orderId,
        String subject,
        String preview,
        Instant time,
        boolean unread,
        boolean hasAttachments,
        String buyerAlias,
        DeliveryStatus delivery) {

    public MessageSummary {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        preview = preview == null ? "" : preview;
    }

    /** The seller's own message in Sent (only those carry a delivery status): nothing to triage. */
    public boolean sentBySeller() {
        return delivery != null;
    }

    /** A row without alias or delivery status (received mail in tests and demos). */
    public MessageSummary(long id, String buyerName, String orderId, String subject, String preview, Instant time,
            boolean unread, boolean hasAttachments) {
        this(id, buyerName, orderId, subject, preview, time, unread, hasAttachments, null, null);
    }
}
