package com.relaydesk.mail;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One message as sync read it from the server, already parsed: what the cache stores.
 * Bodies may be empty for a damaged message; {@code damage} then says what could not be read.
 *
 * @param flags        system flags as IMAP names ({@code \Seen}, {@code \Answered}) and keywords
 *                     ({@code $NoResponseNeeded}, {@code $Reported})
 * @param buyerAlias   the relay alias (A1/A2) of the buyer, null when the sender is not an alias
 * @param orderId      the first order ID (A4) of subject or body, null when none
 * @param notice       delivery notice facts (B8) when this message is a relay notice, else null
 * @param damage       null when the message parsed cleanly; otherwise a short description
 */
public record FetchedMessage(
        String folder,
        long uid,
        long modSeq,
        String messageId,
        String inReplyTo,
        List<String> references,
        String fromAddress,
        String fromName,
        List<String> to,
        String subject,
        Instant sentDate,
        Instant receivedDate,
        Set<String> flags,
        long size,
        String textBody,
        String htmlBody,
        List<FetchedAttachment> attachments,
        String buyerAlias,
        String orderId,
        NoticeFacts notice,
        String damage) {

    public FetchedMessage {
        references = references == null ? List.of() : List.copyOf(references);
        to = to == null ? List.of() : List.copyOf(to);
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        textBody = textBody == null ? "" : textBody;
    }

    /**
     * An attachment: metadata plus its decoded content (stored once by hash).
     *
     * @param sha256 the content's SHA-256 in lower-case hex when the parser computed it already,
     *               else null and the store computes it
     */
    public record FetchedAttachment(String fileName, String contentType, long size, byte[] content, String sha256) {

        /** Without a hash: the store computes it. */
        public FetchedAttachment(String fileName, String contentType, long size, byte[] content) {
            this(fileName, contentType, size, content, null);
        }

        /**
         * With the content's hash computed now, on the calling thread: sync's parsing thread waits
         * for the cache's writer, so hashing there takes it off the writer's path (SHA-256 of the
         * attachments was a tenth of the writer's time in an initial sync).
         */
        public static FetchedAttachment hashed(String fileName, String contentType, byte[] content) {
            return new FetchedAttachment(fileName, contentType, content.length, content,
                    com.relaydesk.rules.Attachment.sha256Of(content));
        }
    }

    /**
     * A relay delivery notice (B8) read from a message in INBOX.
     *
     * @param ruleId              the rule cited, e.g. "B2"
     * @param outcome             bounced (opt-out) or rejected
     * @param originalMessageId   Message-ID of the seller's message the notice refers to
     * @param recipientAlias      the alias the seller wrote to
     */
    public record NoticeFacts(String ruleId, Outcome outcome, String originalMessageId, String recipientAlias) {
        public enum Outcome { BOUNCED, REJECTED }
    }
}
