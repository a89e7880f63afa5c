package com.relaydesk.inbox;

import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.AttachmentPolicy;
import com.relaydesk.rules.ContactReason;
import java.util.ArrayList;
import java.util.List;

/**
 * An unsent reply as the person left it in the editor: everything they set, so it comes back as it was.
 *
 * @param to          the buyer's address
 * @param subject     the subject as edited (a template may have changed it)
 * @param body        the text written; empty when only the signature stood there
 * @param reason      the Seller Central contact reason, null for a plain reply by email
 * @param newMessage  "send as a new message, not a reply in the buyer's thread" was ticked
 * @param attachments the files attached, with their content
 * @param leftOut     names of files that were attached but not kept with the draft (see {@link #keptWithin})
 */
public record ReplyDraft(String to, String subject, String body, ContactReason reason, boolean newMessage,
                         List<Attachment> attachments, List<String> leftOut) {

    /**
     * What a draft keeps of its attachments, in bytes: no sendable message carries more (D3 counts
     * them once encoded, a third larger), so nothing that could still be sent is ever left out.
     */
    public static final long MAX_KEPT_ATTACHMENT_BYTES = AttachmentPolicy.MAX_MESSAGE_WIRE_BYTES;

    public ReplyDraft {
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
    }

    /** A draft of text alone. */
    public static ReplyDraft text(String to, String subject, String body) {
        return new ReplyDraft(to, subject, body, null, false, List.of(), List.of());
    }

    /**
     * This draft with as many of its attachments, in order, as fit in {@code maxBytes} together;
     * the others are named in {@link #leftOut}, so the editor can say which did not come back.
     */
    public ReplyDraft keptWithin(long maxBytes) {
        List<Attachment> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>(leftOut);
        long total = 0;
        for (Attachment attachment : attachments) {
            if (total + attachment.size() <= maxBytes) {
                kept.add(attachment);
                total += attachment.size();
            } else {
                dropped.add(attachment.fileName());
            }
        }
        return new ReplyDraft(to, subject, body, reason, newMessage, kept, dropped);
    }
}
