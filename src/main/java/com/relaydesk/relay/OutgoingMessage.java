package com.relaydesk.relay;

import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.ContactReason;
import com.relaydesk.rules.RelayNotices;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the send rules need from a message the seller submitted over SMTP. */
record OutgoingMessage(String sender, String subject, String messageId, List<String> threadReferences, String text,
        List<Attachment> attachments, long wireSize, ContactReason contactReason) {

    static OutgoingMessage read(MimeMessage message, String returnPath) throws MessagingException, IOException {
        Address[] from = message.getFrom();
        String sender = from != null && from.length > 0 && from[0] instanceof InternetAddress ia ? ia.getAddress()
                : returnPath == null ? "" : returnPath;
        List<String> refs = new ArrayList<>();
        for (String header : new String[] {"In-Reply-To", "References"}) {
            String value = message.getHeader(header, " ");
            if (value != null) {
                refs.addAll(Arrays.stream(value.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
            }
        }
        StringBuilder text = new StringBuilder();
        List<Attachment> attachments = new ArrayList<>();
        walk(message, text, attachments);
        String reason = message.getHeader(RelayNotices.HEADER_CONTACT_REASON, null);
        return new OutgoingMessage(sender, message.getSubject() == null ? "" : message.getSubject(),
                message.getMessageID(), refs, text.toString(), attachments, wireSize(message),
                reason == null ? null : ContactReason.fromKebabName(reason.trim()).orElse(null));
    }

    private static void walk(Part part, StringBuilder text, List<Attachment> attachments)
            throws MessagingException, IOException {
        String fileName = part.getFileName();
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
        if (part.isMimeType("multipart/*") && !attachment) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, text, attachments);
            }
        } else if (attachment) {
            try (InputStream in = part.getInputStream()) {
                attachments.add(new Attachment(fileName == null ? "" : fileName, in.readAllBytes()));
            }
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent()).append('\n');
        } else if (part.isMimeType("text/html")) {
            text.append(part.getContent().toString().replaceAll("<[^>]*>", " ")).append('\n');
        }
    }

    /** D3: the message as it travelled, headers and encoded parts included. */
    static long wireSize(MimeMessage message) throws MessagingException, IOException {
        CountingStream counter = new CountingStream();
        message.writeTo(counter);
        return counter.count;
    }

    static byte[] raw(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return bytes.toByteArray();
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
