package com.relaydesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A whole message as the reading pane shows it.
 *
 * @param buyerAlias the relay alias of the buyer this message is with (sender or recipient), null if none
 * @param delivery   for a sent reply, what the relay did with it (B8); null for received mail
 * @param notice     for a reply the relay refused, the rule and sentence of its notice; null otherwise
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
        String notice) {

    public MessageDetail {
        Objects.requireNonNull(summary, "summary");
        textBody = textBody == null ? "" : textBody;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public long id() {
        return summary.id();
    }
}
