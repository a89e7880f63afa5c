package com.relaydesk.rules;

import com.relaydesk.model.Order;
import java.util.List;
import java.util.Objects;

/**
 * An outgoing message as the relay rules see it.
 *
 * @param sender           the From address the seller sends from (B1)
 * @param recipient        the buyer's alias (A1, A2)
 * @param subject          the subject line ([Important], B4)
 * @param order            the order the message is about (named in it, else the buyer's latest);
 *                         null when the buyer has none
 * @param threadReferences Message-IDs from In-Reply-To and References (B2 exception 1)
 * @param wireSize         the whole message in bytes as encoded on the wire (D3)
 * @param attachments      decoded attachments (D1, D2)
 * @param contactReason    the Seller Central contact reason; null when sent from the seller's own
 *                         mail client
 */
public record SendEnvelope(String sender, String recipient, String subject, Order order,
        List<String> threadReferences, long wireSize, List<Attachment> attachments, ContactReason contactReason) {

    public SendEnvelope {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        subject = subject == null ? "" : subject;
        threadReferences = threadReferences == null ? List.of() : List.copyOf(threadReferences);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
