package com.relaydesk.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The attachment rules D1–D3: allowed types, content that matches the extension (magic bytes),
 * and 10 MB per message counted as encoded on the wire. The same code backs the linter and the
 * relay's decision.
 */
public final class AttachmentPolicy {

    /** D3 decision: 1 MB = 1,048,576 bytes. */
    public static final long MAX_MESSAGE_WIRE_BYTES = 10L * 1024 * 1024;

    /** D1: the extensions the relay accepts, each with the content kind it must hold (D2). */
    static final Map<String, Kind> ALLOWED = Map.ofEntries(
            Map.entry("txt", Kind.TEXT), Map.entry("pdf", Kind.PDF), Map.entry("doc", Kind.OLE2),
            Map.entry("docx", Kind.ZIP), Map.entry("jpg", Kind.JPEG), Map.entry("jpeg", Kind.JPEG),
            Map.entry("gif", Kind.GIF), Map.entry("tiff", Kind.TIFF), Map.entry("tif", Kind.TIFF),
            Map.entry("bmp", Kind.BMP), Map.entry("png", Kind.PNG));

    /** D2 decision: names that suggest marketing material earn a warning, not a block. */
    private static final Pattern MARKETING_NAME = Pattern.compile(
            "(catalog|catalogue|katalog|promo|flyer|flier|brochure|coupon|discount|voucher|newsletter|"
                    + "special[-_ ]?offer|deals?\\b|sale\\b|prospekt|rabatt|gutschein)",
            Pattern.CASE_INSENSITIVE);

    /** Content kinds recognised by their first bytes. */
    enum Kind {
        TEXT("a text file"), PDF("a PDF document"), OLE2("a Word 97–2003 document"),
        ZIP("a Word document"), JPEG("a JPEG image"), GIF("a GIF image"), TIFF("a TIFF image"),
        BMP("a BMP image"), PNG("a PNG image"), EXECUTABLE("a program"), UNKNOWN("an unknown kind of file");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    private AttachmentPolicy() {
    }

    /**
     * D1 and D2 for each attachment, D3 for the whole message.
     *
     * @param messageWireBytes the whole message as it will travel (or travelled): headers, text
     *                         and encoded attachments; use {@link #estimateWireSize} before sending
     */
    public static List<AttachmentFinding> check(List<Attachment> attachments, long messageWireBytes) {
        List<AttachmentFinding> findings = new ArrayList<>();
        for (Attachment attachment : attachments) {
            findings.addAll(checkOne(attachment));
        }
        AttachmentFinding size = checkTotalSize(messageWireBytes);
        if (size != null) {
            findings.add(size);
        }
        return findings;
    }

    /** D1, D2 and the marketing-name warning for one file. */
    public static List<AttachmentFinding> checkOne(Attachment attachment) {
        String name = attachment.fileName();
        String extension = extension(name);
        Kind expected = ALLOWED.get(extension);
        List<AttachmentFinding> findings = new ArrayList<>();
        if (expected == null) {
            findings.add(new AttachmentFinding(RuleId.D1, Severity.BLOCK, name, "\"" + display(name)
                    + "\" is a file type the relay does not accept. Allowed are .txt, .pdf, .doc, .docx, "
                    + ".jpg, .jpeg, .gif, .tif, .tiff, .bmp and .png; convert it to one of those or leave it out."));
            return findings;
        }
        Kind actual = sniff(attachment.content());
        if (!matches(expected, actual, attachment.content())) {
            findings.add(new AttachmentFinding(RuleId.D2, Severity.BLOCK, name, "\"" + display(name)
                    + "\" is named ." + extension + " but holds " + actual.description
                    + ". The relay refuses files whose content does not match their name; attach the real "
                    + expected.description.replaceFirst("^an? ", "") + " instead."));
        }
        if (MARKETING_NAME.matcher(name).find()) {
            findings.add(new AttachmentFinding(RuleId.D2, Severity.WARN, name, "\"" + display(name)
                    + "\" sounds like marketing material. Only invoices, product instructions and warranty "
                    + "documents may be attached; leave it out unless it is one of those."));
        }
        return findings;
    }

    /** D3: null when the message fits in 10 MB as encoded on the wire. */
    public static AttachmentFinding checkTotalSize(long messageWireBytes) {
        if (messageWireBytes <= MAX_MESSAGE_WIRE_BYTES) {
            return null;
        }
        return new AttachmentFinding(RuleId.D3, Severity.BLOCK, "", String.format(Locale.ROOT,
                "The message is %.1f MB as sent (attachments are about a third larger once encoded); the relay "
                        + "accepts at most 10 MB per message. Send fewer or smaller files, or split them over "
                        + "several messages.", messageWireBytes / 1048576.0));
    }

    /**
     * D3 before sending: the size a message will have on the wire — headers, the text, and each
     * attachment base64-encoded in 76-character lines with its MIME part headers and boundary.
     */
    public static long estimateWireSize(int headerBytes, int textBytes, List<Attachment> attachments) {
        long total = headerBytes + textBytes;
        if (!attachments.isEmpty()) {
            total += 2 * (BOUNDARY_LINE + 60); // text part headers and the closing boundary
        }
        for (Attachment attachment : attachments) {
            total += partWireSize(attachment.fileName(), attachment.size());
        }
        return total;
    }

    private static final int BOUNDARY_LINE = 2 + 40 + 2; // "--" boundary CRLF

    /** One attachment as a MIME part: boundary, headers, base64 body in lines of 76 + CRLF. */
    public static long partWireSize(String fileName, long contentBytes) {
        long base64 = 4 * ((contentBytes + 2) / 3);
        long lines = (base64 + 75) / 76;
        String headers = "Content-Type: application/octet-stream; name=\"" + fileName + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=\"" + fileName + "\"\r\n\r\n";
        return BOUNDARY_LINE + headers.getBytes(StandardCharsets.UTF_8).length + base64 + 2 * lines;
    }

    /** The lower-case extension after the last dot, or "" when there is none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).trim();
    }

    private static String display(String name) {
        return name.isEmpty() ? "(unnamed attachment)" : name;
    }

    private static boolean matches(Kind expected, Kind actual, byte[] content) {
        if (expected == Kind.TEXT) {
            return actual == Kind.UNKNOWN && looksLikeText(content);
        }
        if (expected == Kind.ZIP) {
            // A .docx is a ZIP whose entries include the Word document part.
            return actual == Kind.ZIP && contains(content, "word/".getBytes(StandardCharsets.US_ASCII));
        }
        return expected == actual;
    }

    /** D2: the content kind by its first bytes. */
    static Kind sniff(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Kind.PDF;
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Kind.PNG;
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Kind.JPEG;
        }
        if (startsWith(b, 'G', 'I', 'F', '8', '7', 'a') || startsWith(b, 'G', 'I', 'F', '8', '9', 'a')) {
            return Kind.GIF;
        }
        if (startsWith(b, 'I', 'I', 0x2A, 0x00) || startsWith(b, 'M', 'M', 0x00, 0x2A)) {
            return Kind.TIFF;
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Kind.OLE2;
        }
        if (startsWith(b, 'P', 'K', 0x03, 0x04)) {
            return Kind.ZIP;
        }
        if (startsWith(b, 'M', 'Z') || startsWith(b, 0x7F, 'E', 'L', 'F') || startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)
                || startsWith(b, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(b, '#', '!')) {
            return Kind.EXECUTABLE;
        }
        // BMP last: "BM" alone is weak, so ask for the file size field to be plausible too.
        if (b.length >= 14 && startsWith(b, 'B', 'M')) {
            return Kind.BMP;
        }
        return Kind.UNKNOWN;
    }

    private static boolean looksLikeText(byte[] content) {
        int limit = Math.min(content.length, 8192);
        for (int i = 0; i < limit; i++) {
            int c = content[i] & 0xff;
            if (c == 0 || (c < 0x09) || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xff) != (magic[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
