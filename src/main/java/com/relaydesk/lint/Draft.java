package com.relaydesk.lint;

import com.relaydesk.model.OrderStatus;
import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.ContactReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A message the seller is about to send, with what the linter needs to know about its situation.
 *
 * @param text             plain-text body, or null
 * @param html             HTML body, or null
 * @param kind             reply to the buyer or unsolicited (C1)
 * @param contactReason    the Seller Central contact reason, or null when sent from the seller's own
 *                         mail client (where {@code [Important]} in the subject applies, B2/B4)
 * @param orderStatus      status of the order the message is about, or null when unknown
 * @param quotedBuyerText  what the buyer wrote in the message answered (its subject, its text); a
 *                         quote in the reply, or the subject after "Re:", is ignored (C11) only
 *                         where it is in here
 * @param unchangedTemplate the body is a template sent without any change (C12)
 */
public record Draft(String subject, String text, String html, List<Attachment> attachments,
                    MessageKind kind, ContactReason contactReason, OrderStatus orderStatus,
                    List<String> quotedBuyerText, boolean unchangedTemplate) {

    public Draft {
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(kind, "kind");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        quotedBuyerText = quotedBuyerText == null ? List.of() : List.copyOf(quotedBuyerText);
    }

    /** A plain-text reply, the most common draft. */
    public static Draft reply(String subject, String text) {
        return new Draft(subject, text, null, List.of(), MessageKind.REPLY, null, null, List.of(), false);
    }

    /** A plain-text message the seller starts. */
    public static Draft unsolicited(String subject, String text) {
        return new Draft(subject, text, null, List.of(), MessageKind.UNSOLICITED, null, null, List.of(), false);
    }

    /** An HTML reply without a plain-text part. */
    public static Draft htmlReply(String subject, String html) {
        return new Draft(subject, null, html, List.of(), MessageKind.REPLY, null, null, List.of(), false);
    }

    public Draft withSubject(String newSubject) {
        return new Draft(newSubject, text, html, attachments, kind, contactReason, orderStatus, quotedBuyerText,
                unchangedTemplate);
    }

    public Draft withText(String newText) {
        return new Draft(subject, newText, html, attachments, kind, contactReason, orderStatus, quotedBuyerText,
                unchangedTemplate);
    }

    public Draft withHtml(String newHtml) {
        return new Draft(subject, text, newHtml, attachments, kind, contactReason, orderStatus, quotedBuyerText,
                unchangedTemplate);
    }

    public Draft withKind(MessageKind newKind) {
        return new Draft(subject, text, html, attachments, newKind, contactReason, orderStatus, quotedBuyerText,
                unchangedTemplate);
    }

    public Draft withContactReason(ContactReason reason) {
        return new Draft(subject, text, html, attachments, kind, reason, orderStatus, quotedBuyerText,
                unchangedTemplate);
    }

    public Draft withOrderStatus(OrderStatus status) {
        return new Draft(subject, text, html, attachments, kind, contactReason, status, quotedBuyerText,
                unchangedTemplate);
    }

    public Draft withAttachments(List<Attachment> newAttachments) {
        return new Draft(subject, text, html, newAttachments, kind, contactReason, orderStatus, quotedBuyerText,
                unchangedTemplate);
    }

    public Draft withQuotedBuyerText(List<String> quoted) {
        return new Draft(subject, text, html, attachments, kind, contactReason, orderStatus, quoted,
                unchangedTemplate);
    }

    public Draft withUnchangedTemplate(boolean unchanged) {
        return new Draft(subject, text, html, attachments, kind, contactReason, orderStatus, quotedBuyerText,
                unchanged);
    }

    /** The text of a part, or "" when the draft has none. */
    public String textOf(Part part) {
        String value = switch (part) {
            case SUBJECT -> subject;
            case TEXT -> text;
            case HTML -> html;
            case ATTACHMENT -> null;
        };
        return value == null ? "" : value;
    }

    /** This draft with one fix applied. */
    public Draft apply(Fix fix) {
        if (fix.part() == Part.ATTACHMENT) {
            List<Attachment> rest = new ArrayList<>(attachments);
            rest.subList(fix.start(), Math.min(fix.end(), rest.size())).clear();
            return withAttachments(rest);
        }
        String source = textOf(fix.part());
        if (fix.end() > source.length()) {
            throw new IllegalArgumentException("fix range beyond the " + fix.part().label());
        }
        String changed = source.substring(0, fix.start()) + fix.replacement() + source.substring(fix.end());
        return switch (fix.part()) {
            case SUBJECT -> withSubject(changed);
            case TEXT -> withText(changed);
            case HTML -> withHtml(changed);
            case ATTACHMENT -> throw new AssertionError();
        };
    }
}
