package com.relaydesk.relay.demo;

import com.relaydesk.relay.FixedIdMessage;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Builds the demo world's messages byte for byte the same on every run: fixed Message-IDs,
 * dates and MIME boundaries (Jakarta Mail would otherwise make up new ones).
 */
final class DemoMail {

    /** A file attached to a demo message. */
    record File(String name, String mimeType, byte[] content) {
    }

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    static final byte[] JPEG = Base64.getDecoder().decode(
            "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////"
                    + "////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** A Windows program renamed to look like an invoice (D2 refuses it). */
    static final byte[] RENAMED_EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
    static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
    static final byte[] MOV = {0, 0, 0, 20, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '};

    private final Session session = Session.getInstance(new Properties());
    private int boundaries;
    private final long seed;

    DemoMail(long seed) {
        this.seed = seed;
    }

    MimeMessage build(String fromName, String fromAddress, String to, String subject, String text, boolean html,
            List<File> files, Instant date, String messageId, String inReplyTo) {
        try {
            MimeMessage message = new FixedIdMessage(session);
            message.setFrom(fromName == null ? new InternetAddress(fromAddress)
                    : new InternetAddress(fromAddress, fromName, "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            message.setSentDate(Date.from(date));
            message.setHeader("Message-ID", messageId);
            if (inReplyTo != null) {
                message.setHeader("In-Reply-To", inReplyTo);
                message.setHeader("References", inReplyTo);
            }
            if (files.isEmpty()) {
                if (html) {
                    message.setContent(alternative(text));
                } else {
                    message.setText(text, "UTF-8");
                }
            } else {
                MimeMultipart mixed = multipart("mixed");
                MimeBodyPart body = textPart(text);
                if (html) {
                    body = new MimeBodyPart();
                    body.setContent(alternative(text));
                }
                mixed.addBodyPart(body);
                for (File file : files) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.mimeType())));
                    part.setFileName(file.name());
                    part.setDisposition(MimeBodyPart.ATTACHMENT);
                    mixed.addBodyPart(part);
                }
                message.setContent(mixed);
            }
            message.saveChanges();
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("could not build a demo message", e);
        }
    }

    private static MimeBodyPart textPart(String text) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8");
        return part;
    }

    private MimeMultipart alternative(String text) throws MessagingException {
        MimeMultipart alternative = multipart("alternative");
        alternative.addBodyPart(textPart(text));
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(toHtml(text), "text/html; charset=UTF-8");
        alternative.addBodyPart(html);
        return alternative;
    }

    static String toHtml(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        StringBuilder html = new StringBuilder("<html><body style=\"font-family:Arial,sans-serif\">");
        for (String paragraph : escaped.split("\n\n")) {
            html.append("<p>").append(paragraph.replace("\n", "<br>")).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    /** How many boundaries were made: a resumed demo goes on counting, so none repeats. */
    synchronized int boundaries() {
        return boundaries;
    }

    synchronized void continueFrom(int made) {
        boundaries = made;
    }

    private synchronized MimeMultipart multipart(String subtype) throws MessagingException {
        MimeMultipart multipart = new FixedBoundaryMultipart(subtype, "demo-" + seed + "-part-" + (boundaries++));
        return multipart;
    }

    /** A multipart whose boundary is given, not random. */
    private static final class FixedBoundaryMultipart extends MimeMultipart {
        FixedBoundaryMultipart(String subtype, String boundary) throws MessagingException {
            super(subtype);
            ContentType type = new ContentType("multipart", subtype, null);
            type.setParameter("boundary", boundary);
            contentType = type.toString();
        }
    }
}
