package com.relaydesk.inbox;

import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.ContactReason;
import java.util.List;
import java.util.Objects;

/**
 * Sends a reply the way that never loses or doubles it: written to the outbox first, then
 * checked, submitted, filed in Sent and the original flagged answered.
 */
public interface ReplySender {

    /**
     * A reply ready to go.
     *
     * @param inReplyTo     cache ID of the buyer message answered, or 0 for a new message
     * @param contactReason the Seller Central reason, or null for a reply from a mail client
     * @param sendAnyway    the seller saw that someone else answered and sends this reply all the
     *                      same: the outbox does not hold it when it finds that answer again
     */
    record Reply(long inReplyTo, String to, String subject, String text, List<Attachment> attachments,
                 String orderId, ContactReason contactReason, boolean sendAnyway) {
        public Reply {
            Objects.requireNonNull(to, "to");
            subject = subject == null ? "" : subject;
            text = text == null ? "" : text;
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        public Reply(long inReplyTo, String to, String subject, String text, List<Attachment> attachments,
                     String orderId, ContactReason contactReason) {
            this(inReplyTo, to, subject, text, attachments, orderId, contactReason, false);
        }
    }

    /** Queues the reply durably and starts sending it; returns once it is safe in the outbox. */
    void send(Reply reply);

    /**
     * Just before sending: asks the server whether the buyer message was answered meanwhile — from
     * another desktop or by a teammate — or taken out of Response Needed. Says who/what, or empty
     * when it still needs this reply. Talks to the server: call it off the UI thread.
     */
    java.util.Optional<String> answeredElsewhere(long buyerMessageId);

    /** Messages sent today and the day's limit (B5); reads the disk. */
    Allowance allowance();

    /** B5: how many messages went out today, and how many the marketplace allows. */
    record Allowance(int sentToday, int limit) {
        public int left() {
            return Math.max(0, limit - sentToday);
        }
    }
}
