package com.relaydesk.mail.mime;

import com.relaydesk.mail.FetchedMessage.FetchedAttachment;
import com.relaydesk.mail.MailSessions;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * The parser sync used before {@link MimeParser} (Jakarta Mail's MimeMessage and MimeMultipart,
 * with the decoders of that time), kept unchanged as the oracle of MimeParserDifferentialTest.
 * Reads one raw RFC 822 message into a {@link ParsedMessage}, never throwing for bad input:
 * broken boundaries, unknown charsets, 8-bit headers, missing headers, deep nesting and empty
 * messages all give what could be read plus a damage note. Thread-safe.
 */
final class JakartaMimeParser {

    static final int MAX_SUBJECT = 2000;
    private static final int MAX_DEPTH = 12;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"',;:]+@[^\\s<>\"',;:]+");
    private static final Pattern MSG_ID = Pattern.compile("<[^<>\\s]+>");

    private final Session session = MailSessions.parsing();

    /** Parses {@code raw}; the array is shared, not copied, and must not change afterwards. */
    public ParsedMessage parse(byte[] raw) {
        List<String> damage = new ArrayList<>();
        if (raw.length == 0) {
            damage.add("empty message (0 bytes)");
        }
        MimeMessage m;
        try {
            m = new MimeMessage(session, new ByteSlice(raw));
        } catch (MessagingException | RuntimeException e) {
            damage.add("headers unreadable (" + e.getClass().getSimpleName() + ")");
            return new ParsedMessage(null, null, List.of(), null, null, List.of(), "", null,
                    OldTextDecoder.decode(raw, null, damage), null, List.of(), Map.of(), damage);
        }
        Map<String, String> headers = headers(m);
        String messageId = firstId(headers.get("message-id"));
        if (raw.length > 0 && messageId == null) {
            damage.add("no Message-ID");
        }
        String[] from = from(headers.get("from"), damage);
        String subject = subject(m, damage);
        Instant sent = sentDate(m, headers, damage);
        Body body = new Body();
        walk(m, 0, body, damage);
        String text = body.text.toString();
        String html = body.html.length() == 0 ? null : body.html.toString();
        if (text.isEmpty() && html != null) {
            text = Jsoup.parse(html).text();
        }
        return new ParsedMessage(messageId, firstId(headers.get("in-reply-to")), allIds(headers.get("references")),
                from[0], from[1], addresses(headers.get("to")), subject, sent, text, html,
                body.attachments, headers, damage);
    }

    private static Map<String, String> headers(MimeMessage m) {
        Map<String, String> map = new HashMap<>();
        try {
            for (Enumeration<jakarta.mail.Header> e = m.getAllHeaders(); e.hasMoreElements(); ) {
                jakarta.mail.Header h = e.nextElement();
                map.putIfAbsent(h.getName().toLowerCase(Locale.ROOT), h.getValue() == null ? "" : h.getValue().trim());
            }
        } catch (MessagingException | RuntimeException ignored) {
            // Headers are parsed in the constructor; nothing more to read here.
        }
        return map;
    }

    private static String firstId(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = MSG_ID.matcher(value);
        if (m.find()) {
            return m.group();
        }
        String v = value.trim();
        return v.isEmpty() ? null : v;
    }

    private static List<String> allIds(String value) {
        List<String> ids = new ArrayList<>();
        if (value != null) {
            Matcher m = MSG_ID.matcher(value);
            while (m.find()) {
                ids.add(m.group());
            }
        }
        return ids;
    }

    private static String[] from(String raw, List<String> damage) {
        if (raw == null) {
            damage.add("no From");
            return new String[] {null, null};
        }
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(raw, false);
            if (parsed.length > 0 && parsed[0].getAddress() != null && parsed[0].getAddress().contains("@")) {
                return new String[] {parsed[0].getAddress().toLowerCase(Locale.ROOT), decodeWord(parsed[0].getPersonal())};
            }
        } catch (MessagingException | RuntimeException e) {
            // Fall through to a loose search for anything that looks like an address.
        }
        Matcher m = ADDRESS.matcher(raw);
        if (m.find()) {
            damage.add("malformed From");
            return new String[] {m.group().toLowerCase(Locale.ROOT), null};
        }
        damage.add("unreadable From");
        return new String[] {null, decodeWord(raw)};
    }

    private static List<String> addresses(String raw) {
        List<String> list = new ArrayList<>();
        if (raw == null) {
            return list;
        }
        try {
            for (Address a : InternetAddress.parseHeader(raw, false)) {
                String s = ((InternetAddress) a).getAddress();
                if (s != null && s.contains("@")) {
                    list.add(s.toLowerCase(Locale.ROOT));
                }
            }
            return list;
        } catch (MessagingException | RuntimeException e) {
            Matcher m = ADDRESS.matcher(raw);
            while (m.find()) {
                list.add(m.group().toLowerCase(Locale.ROOT));
            }
            return list;
        }
    }

    private static String decodeWord(String s) {
        if (s == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(s);
        } catch (IOException | RuntimeException e) {
            return s;
        }
    }

    private static String subject(MimeMessage m, List<String> damage) {
        String subject;
        try {
            subject = m.getSubject();
        } catch (MessagingException | RuntimeException e) {
            damage.add("unreadable Subject");
            subject = null;
        }
        if (subject == null) {
            return "";
        }
        if (subject.length() > MAX_SUBJECT) {
            damage.add("Subject of " + subject.length() + " characters cut to " + MAX_SUBJECT);
            subject = subject.substring(0, MAX_SUBJECT);
        }
        return subject;
    }

    private static Instant sentDate(MimeMessage m, Map<String, String> headers, List<String> damage) {
        if (!headers.containsKey("date")) {
            if (!headers.isEmpty()) {
                damage.add("no Date");
            }
            return null;
        }
        try {
            Date d = m.getSentDate();
            if (d == null) {
                damage.add("unreadable Date");
                return null;
            }
            return d.toInstant();
        } catch (MessagingException | RuntimeException e) {
            damage.add("unreadable Date");
            return null;
        }
    }

    private static final class Body {
        final StringBuilder text = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<FetchedAttachment> attachments = new ArrayList<>();
    }

    private void walk(Part part, int depth, Body body, List<String> damage) {
        if (depth > MAX_DEPTH) {
            damage.add("MIME nesting deeper than " + MAX_DEPTH + " levels not read");
            return;
        }
        ContentType type = contentType(part, damage);
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        String fileName = fileName(part);
        boolean attachment = fileName != null || Part.ATTACHMENT.equalsIgnoreCase(disposition(part));
        if (base.startsWith("multipart/")) {
            walkMultipart(part, depth, body, damage);
        } else if (!attachment && (base.equals("text/plain") || base.equals("text/html"))) {
            String text = OldTextDecoder.decode(content(part, damage), type.getParameter("charset"), damage);
            if (base.equals("text/plain") && "flowed".equalsIgnoreCase(type.getParameter("format"))) {
                text = FlowedText.unflow(text, "yes".equalsIgnoreCase(type.getParameter("delsp")));
            }
            StringBuilder target = base.equals("text/html") ? body.html : body.text;
            if (target.length() > 0) {
                target.append('\n');
            }
            target.append(text);
        } else {
            byte[] bytes = content(part, damage);
            String name = fileName != null ? fileName
                    : base.equals("message/rfc822") ? "attached-message.eml" : "attachment-" + (body.attachments.size() + 1);
            body.attachments.add(FetchedAttachment.hashed(name, base, bytes));
        }
    }

    private void walkMultipart(Part part, int depth, Body body, List<String> damage) {
        int count;
        Multipart multipart;
        try {
            multipart = new MimeMultipart(part.getDataHandler().getDataSource());
            count = multipart.getCount();
        } catch (MessagingException | RuntimeException e) {
            damage.add("broken MIME structure (" + OldTextDecoder.shorten(String.valueOf(e.getMessage())) + "); shown as plain text");
            byte[] raw = rawContent(part);
            body.text.append(OldTextDecoder.decode(raw, null, damage));
            return;
        }
        for (int i = 0; i < count; i++) {
            try {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, depth + 1, body, damage);
            } catch (MessagingException | RuntimeException e) {
                damage.add("MIME part " + (i + 1) + " unreadable");
            }
        }
    }

    private static ContentType contentType(Part part, List<String> damage) {
        String raw = null;
        try {
            raw = part.getContentType();
            return new ContentType(raw == null ? "text/plain" : raw);
        } catch (MessagingException | RuntimeException e) {
            damage.add("malformed Content-Type '" + OldTextDecoder.shorten(String.valueOf(raw)) + "'");
            String lower = raw == null ? "" : raw.toLowerCase(Locale.ROOT);
            try {
                return new ContentType(lower.startsWith("text/html") ? "text/html" : "text/plain");
            } catch (MessagingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null || name.isBlank() ? null : decodeWord(name);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** The decoded (transfer-encoding undone) content; on failure the raw bytes. */
    private static byte[] content(Part part, List<String> damage) {
        byte[] fast = fastContent(part);
        if (fast != null) {
            return fast;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (MessagingException | IOException | RuntimeException e) {
            damage.add("content encoding unreadable; kept as sent");
            return rawContent(part);
        }
    }

    /** Our own decoding of the common encodings; null to let Jakarta Mail try. */
    private static byte[] fastContent(Part part) {
        try {
            String[] cte = part.getHeader("Content-Transfer-Encoding");
            String encoding = cte == null || cte.length == 0 ? null : cte[0];
            if (encoding != null) {
                String e = encoding.trim().toLowerCase(Locale.ROOT);
                if (!e.equals("quoted-printable") && !e.equals("base64") && !e.equals("7bit") && !e.equals("8bit")
                        && !e.equals("binary")) {
                    return null;
                }
            }
            return OldTransferDecoding.decode(rawContent(part), encoding);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] rawContent(Part part) {
        try {
            InputStream in = part instanceof MimeMessage mm ? mm.getRawInputStream()
                    : part instanceof jakarta.mail.internet.MimeBodyPart bp ? bp.getRawInputStream() : part.getInputStream();
            try (in) {
                return in.readAllBytes();
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            return new byte[0];
        }
    }
}
