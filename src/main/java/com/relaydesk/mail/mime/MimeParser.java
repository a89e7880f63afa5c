package com.relaydesk.mail.mime;

import com.relaydesk.mail.FetchedMessage.FetchedAttachment;
import com.relaydesk.mail.MailSessions;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.HeaderTokenizer;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Reads one raw RFC 822 message into a {@link ParsedMessage}, never throwing for bad input:
 * broken boundaries, unknown charsets, 8-bit headers, missing headers, deep nesting and empty
 * messages all give what could be read plus a damage note. Thread-safe.
 *
 * <p>Headers and multipart structure are read straight from the message's bytes (bodies are
 * sliced, not copied), with the leniency of Jakarta Mail's MimeMessage/MimeMultipart, which
 * this parser replaced on the sync path because it took most of the syncing thread's time:
 * same fields, same damage notes. Addresses, encoded words and dates still go through Jakarta
 * Mail (they are per message and cheap).
 */
public final class MimeParser {

    static final int MAX_SUBJECT = 2000;
    private static final int MAX_DEPTH = 12;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"',;:]+@[^\\s<>\"',;:]+");
    private static final Pattern MSG_ID = Pattern.compile("<[^<>\\s]+>");

    static {
        MailSessions.nameStreamProvider();  // encoded words are decoded through Jakarta's streams
    }

    private final MailDates dates = new MailDates();

    /** Parses {@code raw}; the array is shared, not copied, and must not change afterwards. */
    public ParsedMessage parse(byte[] raw) {
        List<String> damage = new ArrayList<>();
        if (raw.length == 0) {
            damage.add("empty message (0 bytes)");
        }
        Part message = new Part(raw, 0, raw.length, true);
        if (message.headers.continuationWithoutHeader) {
            damage.add("headers unreadable (IndexOutOfBoundsException)");
            return new ParsedMessage(null, null, List.of(), null, null, List.of(), "", null,
                    TextDecoder.decode(raw, null, damage), null, List.of(), Map.of(), damage);
        }
        Map<String, String> headers = headers(message.headers);
        String messageId = firstId(headers.get("message-id"));
        if (raw.length > 0 && messageId == null) {
            damage.add("no Message-ID");
        }
        String[] from = from(headers.get("from"), damage);
        String subject = subject(message.headers.first("Subject"), damage);
        Instant sent = sentDate(message.headers.first("Date"), headers, damage);
        Body body = new Body();
        walk(message, 0, body, damage);
        String text = body.text.value();
        String html = body.html.value();
        if (html.isEmpty()) {
            html = null;
        }
        if (text.isEmpty() && html != null) {
            text = Jsoup.parse(html).text();
        }
        return new ParsedMessage(messageId, firstId(headers.get("in-reply-to")), allIds(headers.get("references")),
                from[0], from[1], addresses(headers.get("to")), subject, sent, text, html,
                body.attachments, headers, damage);
    }

    /** A message or body part: its header block and where its content lies in the message's bytes. */
    private static final class Part {
        final byte[] raw;
        final HeaderBlock headers;
        final int contentStart;
        final int contentEnd;

        Part(byte[] raw, int start, int end, boolean messageHeaders) {
            this.raw = raw;
            this.headers = HeaderBlock.read(raw, start, end, messageHeaders);
            this.contentStart = headers.contentStart;
            this.contentEnd = end;
        }

        int contentLength() {
            return contentEnd - contentStart;
        }

        byte[] rawContent() {
            return Arrays.copyOfRange(raw, contentStart, contentEnd);
        }
    }

    private static Map<String, String> headers(HeaderBlock block) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < block.size(); i++) {
            map.putIfAbsent(block.lowerName(i), block.trimmedValue(i));
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
            return EncodedWords.decode(s);
        } catch (IOException | RuntimeException e) {
            return s;
        }
    }

    private static String subject(String raw, List<String> damage) {
        if (raw == null) {
            return "";
        }
        String subject;
        try {
            // unfold leaves a value without line breaks as it is, and its character-by-character search is slow
            subject = EncodedWords.decode(raw.indexOf('\r') < 0 && raw.indexOf('\n') < 0 ? raw : MimeUtility.unfold(raw));
        } catch (UnsupportedEncodingException e) {
            subject = raw;
        } catch (RuntimeException e) {
            damage.add("unreadable Subject");
            return "";
        }
        if (subject.length() > MAX_SUBJECT) {
            damage.add("Subject of " + subject.length() + " characters cut to " + MAX_SUBJECT);
            subject = subject.substring(0, MAX_SUBJECT);
        }
        return subject;
    }

    private Instant sentDate(String raw, Map<String, String> headers, List<String> damage) {
        if (!headers.containsKey("date")) {
            if (!headers.isEmpty()) {
                damage.add("no Date");
            }
            return null;
        }
        Instant d = raw == null ? null : dates.parse(raw);
        if (d == null) {
            damage.add("unreadable Date");
        }
        return d;
    }

    private static final class Body {
        final Joined text = new Joined();
        final Joined html = new Joined();
        final List<FetchedAttachment> attachments = new ArrayList<>();
    }

    /** Text parts joined by line breaks; one part (the common case) is kept as is, not copied. */
    private static final class Joined {
        private String single;
        private StringBuilder many;

        /** Appends {@code s}, after a line break unless nothing is there yet or {@code lineBreak} is false. */
        void add(String s, boolean lineBreak) {
            if (many == null && single == null) {
                single = s;
                return;
            }
            if (many == null) {
                many = new StringBuilder(single.length() + s.length() + 1).append(single);
                single = null;
            }
            if (lineBreak && many.length() > 0) {
                many.append('\n');
            }
            many.append(s);
        }

        String value() {
            return many != null ? many.toString() : single != null ? single : "";
        }
    }

    private void walk(Part part, int depth, Body body, List<String> damage) {
        if (depth > MAX_DEPTH) {
            damage.add("MIME nesting deeper than " + MAX_DEPTH + " levels not read");
            return;
        }
        HeaderParameters.Type type = contentType(part, damage);
        String base = type.base();
        String fileName = fileName(part, type);
        boolean attachment = fileName != null || "attachment".equalsIgnoreCase(disposition(part));
        if (base.startsWith("multipart/")) {
            walkMultipart(part, type, depth, body, damage);
        } else if (!attachment && (base.equals("text/plain") || base.equals("text/html"))) {
            String text = text(part, type.charset(), damage);
            if (type.flowed() && base.equals("text/plain")) {
                text = FlowedText.unflow(text, type.delSp());
            }
            (base.equals("text/html") ? body.html : body.text).add(text, true);
        } else {
            byte[] bytes = content(part, base, damage);
            String name = fileName != null ? fileName
                    : base.equals("message/rfc822") ? "attached-message.eml" : "attachment-" + (body.attachments.size() + 1);
            body.attachments.add(FetchedAttachment.hashed(name, base, bytes));
        }
    }

    private void walkMultipart(Part part, HeaderParameters.Type type, int depth, Body body, List<String> damage) {
        MultipartSplitter.IntList bounds = new MultipartSplitter.IntList();
        Part[] parts;
        String broken = null;
        try {
            MultipartSplitter.split(part.raw, part.contentStart, part.contentEnd, type.boundary(), bounds);
            parts = new Part[bounds.size / 2];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = new Part(part.raw, bounds.a[2 * i], bounds.a[2 * i + 1], false);
                if (parts[i].headers.continuationWithoutHeader) {
                    broken = HeaderBlock.JAKARTA_FAILURE;
                }
            }
        } catch (MultipartSplitter.NoStartBoundary e) {
            broken = e.getMessage();
            parts = null;
        }
        if (broken != null) {
            damage.add("broken MIME structure (" + TextDecoder.shorten(broken) + "); shown as plain text");
            body.text.add(TextDecoder.decode(part.raw, part.contentStart, part.contentLength(), null, damage), false);
            return;
        }
        for (Part child : parts) {
            walk(child, depth + 1, body, damage);
        }
    }

    private static HeaderParameters.Type contentType(Part part, List<String> damage) {
        String raw = part.headers.first("Content-Type");
        try {
            return raw == null ? TEXT_PLAIN : HeaderParameters.contentType(raw);
        } catch (MessagingException | RuntimeException e) {
            damage.add("malformed Content-Type '" + TextDecoder.shorten(String.valueOf(raw)) + "'");
            return raw.toLowerCase(Locale.ROOT).startsWith("text/html") ? TEXT_HTML : TEXT_PLAIN;
        }
    }

    private static final HeaderParameters.Type TEXT_PLAIN = new HeaderParameters.Type("text/plain");
    private static final HeaderParameters.Type TEXT_HTML = new HeaderParameters.Type("text/html");

    /**
     * The file name as Jakarta's getFileName gave it: Content-Disposition's filename, else
     * Content-Type's name; none when the disposition cannot be parsed. Encoded words decoded.
     */
    private static String fileName(Part part, HeaderParameters.Type type) {
        String name = null;
        String cd = part.headers.first("Content-Disposition");
        try {
            if (cd != null) {
                name = HeaderParameters.disposition(cd).fileName();
            }
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
        if (name == null) {
            // The Content-Type as read for the walk, or none when it was malformed (then it has no name).
            name = type == TEXT_PLAIN || type == TEXT_HTML ? null : type.name();
        }
        return name == null || name.isBlank() ? null : decodeWord(name);
    }

    private static String disposition(Part part) {
        String cd = part.headers.first("Content-Disposition");
        if (cd == null) {
            return null;
        }
        try {
            return HeaderParameters.disposition(cd).disposition();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** A text part's content as a string: identity encodings are decoded from the message's bytes in place. */
    private static String text(Part part, String charset, List<String> damage) {
        String cte = part.headers.first("Content-Transfer-Encoding");
        String e = cte == null ? "7bit" : cte.trim().toLowerCase(Locale.ROOT);
        switch (e) {
            case "7bit", "8bit", "binary":
                return TextDecoder.decode(part.raw, part.contentStart, part.contentLength(), charset, damage);
            case "quoted-printable":
                byte[] out = new byte[part.contentLength()];
                int n = TransferDecoding.quotedPrintable(part.raw, part.contentStart, part.contentLength(), out);
                return n >= 0 ? TextDecoder.decode(out, 0, n, -1, charset, damage)
                        : TextDecoder.decode(out, 0, ~n, 0, charset, damage);
            default:
                return TextDecoder.decode(content(part, null, damage), charset, damage);
        }
    }

    /** The decoded (transfer-encoding undone) content; on failure the raw bytes. */
    private static byte[] content(Part part, String base, List<String> damage) {
        String cte = part.headers.first("Content-Transfer-Encoding");
        if (cte == null) {
            return part.rawContent();
        }
        String e = cte.trim().toLowerCase(Locale.ROOT);
        if (e.equals("quoted-printable") || e.equals("base64") || e.equals("7bit") || e.equals("8bit")
                || e.equals("binary")) {
            byte[] fast = TransferDecoding.decode(part.raw, part.contentStart, part.contentLength(), e);
            if (fast != null) {
                return fast;
            }
        }
        try {
            return jakartaDecode(part, base);
        } catch (MessagingException | IOException | RuntimeException failed) {
            damage.add("content encoding unreadable; kept as sent");
            return part.rawContent();
        }
    }

    /**
     * What Jakarta's getInputStream gave for encodings this class does not decode itself
     * (uuencode, comments in the header, base64 the JDK rejects): the encoding token, ignored
     * for message/* parts, decoded by Jakarta's streams.
     */
    private static byte[] jakartaDecode(Part part, String base) throws MessagingException, IOException {
        String encoding = encodingToken(part.headers.first("Content-Transfer-Encoding"));
        if (encoding == null) {
            return part.rawContent();
        }
        if (base == null) {
            base = contentType(part, new ArrayList<>()).base();
        }
        boolean identity = encoding.equalsIgnoreCase("7bit") || encoding.equalsIgnoreCase("8bit")
                || encoding.equalsIgnoreCase("binary");
        if (!identity && base.startsWith("message/") && part.headers.first("Content-Type") != null) {
            return part.rawContent();  // message parts may not be encoded: Jakarta ignores the header
        }
        try (InputStream in = MimeUtility.decode(
                new ByteArrayInputStream(part.raw, part.contentStart, part.contentLength()), encoding)) {
            return in.readAllBytes();
        }
    }

    /** The Content-Transfer-Encoding as Jakarta's MimeBodyPart.getEncoding reads it. */
    private static String encodingToken(String s) throws MessagingException {
        if (s == null) {
            return null;
        }
        s = s.trim();
        if (s.isEmpty()) {
            return null;
        }
        HeaderTokenizer h = new HeaderTokenizer(s, HeaderTokenizer.MIME);
        while (true) {
            HeaderTokenizer.Token tk = h.next();
            if (tk.getType() == HeaderTokenizer.Token.EOF) {
                return s;
            }
            if (tk.getType() == HeaderTokenizer.Token.ATOM) {
                return tk.getValue();
            }
        }
    }
}
