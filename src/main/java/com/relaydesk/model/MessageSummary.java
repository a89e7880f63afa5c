package com.relaydesk.model;

import java.time.Instant;
import java.util.Objects;

/** One row of a mailbox view (relay rule E1): what the list shows before a message is opened. */
public record MessageSummary(
        long id,
        String buyerName,
        String orderId,
        String subject,
        String preview,
        Instant time,
        boolean unread,
        boolean hasAttachments) {

    public MessageSummary {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        preview = preview == null ? "" : preview;
    }
}
