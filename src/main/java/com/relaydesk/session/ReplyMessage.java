package com.relaydesk.session;

import com.relaydesk.inbox.ReplySender;
import com.relaydesk.rules.Attachment;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Turns a reply into the exact bytes that will be submitted, with its Message-ID fixed now, so
 * the outbox can find it in Sent after a crash and never send it twice.
 */
final class ReplyMessage {

    /** The bytes and the identity of one reply. */
    record Built(String messageId, byte[] rfc822, String inReplyTo, List<String> references) { }

    private ReplyMessage() {
    }

    /**
     * @param original Message-ID of the buyer message answered, or null for a new message
     * @param originalReferences its References header, oldest first
     */
    static Built build(ReplySender.Reply reply, String from, String original, List<String> originalReferences,
                       Instant now) {
        String domain = from.substring(from.indexOf('@') + 1);
        String messageId = "<" + UUID.randomUUID() + "@" + domain + ">";
        List<String> references = new ArrayList<>(originalReferences);
        if (original != null && !references.contains(original)) {
            references.add(original);
        }
        try {
            MimeMessage message = new FixedIdMimeMessage(Session.getInstance(new Properties()), messageId);
            message.setFrom(new InternetAddress(from));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(reply.to()));
            message.setSubject(reply.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(now));
            if (original != null) {
                message.setHeader("In-Reply-To", original);
                message.setHeader("References", String.join(" ", references));
            }
            if (reply.contactReason() != null) {
                // The embedded relay reads the Seller Central reason from here (B7).
                message.setHeader("X-Relay-Contact-Reason", reply.contactReason().kebabName());
            }
            if (reply.attachments().isEmpty()) {
                message.setText(reply.text(), StandardCharsets.UTF_8.name());
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart text = new MimeBodyPart();
                text.setText(reply.text(), StandardCharsets.UTF_8.name());
                mixed.addBodyPart(text);
                for (Attachment attachment : reply.attachments()) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                            "application/octet-stream")));
                    part.setFileName(attachment.fileName());
                    part.setDisposition(MimeBodyPart.ATTACHMENT);
                    mixed.addBodyPart(part);
                }
                message.setContent(mixed);
            }
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return new Built(messageId, out.toByteArray(), original, references);
        } catch (MessagingException | IOException e) {
            throw new IllegalArgumentException("The reply could not be put together as mail: " + e.getMessage(), e);
        }
    }

    /** Keeps the Message-ID chosen at queue time; Jakarta Mail would otherwise make a new one. */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
