package com.relaydesk.mail.mime;

import com.relaydesk.mail.FetchedMessage.FetchedAttachment;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@link MimeParser} could read of one message. Never null fields except those a message
 * may lack (dates, ids); {@code damage} lists what could not be read, empty when clean.
 *
 * @param headers the few headers recognisers need (lower-case names), first value each
 */
public record ParsedMessage(String messageId, String inReplyTo, List<String> references,
        String fromAddress, String fromName, List<String> to, String subject, Instant sentDate,
        String textBody, String htmlBody, List<FetchedAttachment> attachments,
        Map<String, String> headers, List<String> damage) {

    /** Null when clean, else one line for the cache's damage note. */
    public String damageNote() {
        return damage.isEmpty() ? null : String.join("; ", damage);
    }
}
