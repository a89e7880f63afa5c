package com.relaydesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A whole message as the reading pane shows it.
 *
 * @param buyerAlias the relay alias of the buyer this message is with (sender or recipient), null if none
 * @param delivery   for a sent reply, what the relay did with it (B8); null for received mail
 * @param notice     for a reply the relay refused, the rule and sentence of its notice; null otherwise
 * @param damage     what could not be read of a malformed message (shown with what could); null when it parsed cleanly
 */
public record MessageDetail(
        MessageSummary summary,
        String fromName,
        String fromAddress,
        String toAddress,
        String buyerAlias,
        String textBody,
        String htmlBody,
        List<AttachmentInfo> attachments,
        DeliveryStatus delivery,
        String notice,
        String damage) {

    public MessageDetail {
        Objects.requireNonNull(summary, "summary");
        textBody = textBody == null ? "" : textBody;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A detail of a message that parsed cleanly. */
    public MessageDetail(MessageSummary summary, String fromName, String fromAddress, String toAddress, String buyerAlias,
            String textBody, String htmlBody, List<AttachmentInfo> attachments, DeliveryStatus delivery, String notice) {
        this(summary, fromName, fromAddress, toAddress, buyerAlias, textBody, htmlBody, attachments, delivery, notice, null);
    }

    public long id() {
        return summary.id();
    }
}
