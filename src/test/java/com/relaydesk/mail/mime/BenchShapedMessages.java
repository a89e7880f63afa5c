package com.relaydesk.mail.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Messages in the shapes of ../shared/bench/gen-mailbox.py (buyer and seller mail, plain text or
 * text+HTML alternatives, PDF/PNG attachments in base64, quoted-printable UTF-8 text, encoded-word
 * names), plus the variations real mailboxes add: CRLF as IMAP serves them and LF as Maildir
 * stores them, Latin-1 and 8-bit bodies, folded headers, nested multiparts, forwarded messages.
 * Deterministic: message i depends only on (seed, i).
 */
final class BenchShapedMessages {

    private static final String[] NAMES = {"Jane", "José", "Zoë", "Łukasz", "Søren", "Nguyễn", "Björn", "Tom"};
    private static final String[] SENTENCES = {
        "I ordered the cast iron skillet and the tracking has not updated for four days.",
        "The box was crushed and the item is damaged; größer als erwartet.",
        "Could you send me a return label, or should I request it through my orders page?",
        "Café au lait colour, not what the listing says — please advise.",
        "Thank you for your help.",
    };

    private BenchShapedMessages() {
    }

    static List<byte[]> generate(long seed, int count) {
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(message(new Random(seed * 1_000_003L + i), i));
        }
        return out;
    }

    static byte[] message(Random rng, int i) {
        String eol = rng.nextInt(3) == 0 ? "\n" : "\r\n";
        String name = NAMES[rng.nextInt(NAMES.length)];
        String alias = "a" + Long.toString(rng.nextLong() & 0xffffffffL, 36) + "@marketplace.amazon.com";
        StringBuilder h = new StringBuilder();
        h.append("Return-Path: <").append(alias).append(">").append(eol);
        h.append("Received: from a8-").append(i % 250).append(".smtp-out.amazonses.com").append(eol)
                .append("\tby mx.northwind-home.example with ESMTPS id ").append(Long.toHexString(rng.nextLong())).append(eol)
                .append("\tfor <support@northwind-home.example>; Mon, 1 Jan 2024 08:00:00 +0000").append(eol);
        if (rng.nextInt(20) != 0) {
            h.append("Date: ").append(rng.nextInt(10) == 0 ? "yesterday, sometime" : "Mon, " + (1 + rng.nextInt(28))
                    + " Jan 2024 0" + rng.nextInt(10) + ":1" + rng.nextInt(10) + ":00 +0" + rng.nextInt(2) + "00").append(eol);
        }
        String display = name + " - Amazon Marketplace";
        String from = switch (rng.nextInt(4)) {
            case 0 -> "=?utf-8?b?" + b64(display) + "?= <" + alias + ">";
            case 1 -> "\"" + display + "\" <" + alias + ">";
            case 2 -> alias;
            default -> "=?utf-8?q?" + qpWord(display) + "?=" + eol + " <" + alias + ">";
        };
        h.append(rng.nextInt(30) == 0 ? "FROM: " : "From: ").append(from).append(eol);
        h.append("To: support@northwind-home.example").append(rng.nextInt(4) == 0 ? ", \"Other\" <other@x.example>" : "").append(eol);
        if (rng.nextInt(15) != 0) {
            h.append("Message-ID: <0100018").append(Long.toHexString(rng.nextLong())).append("@email.amazonses.com>").append(eol);
        }
        if (rng.nextInt(3) == 0) {
            h.append("In-Reply-To: <r").append(i).append("@x>").append(eol)
                    .append("References: <p").append(i).append("@x>").append(eol).append(" <r").append(i).append("@x>").append(eol);
        }
        String subject = "Inquiry from Amazon customer " + name + " (Order: 11" + rng.nextInt(5) + "-1234567-7654321)";
        h.append("Subject: ").append(rng.nextBoolean() ? subject : "=?utf-8?q?" + qpWord(subject) + "?=").append(eol);
        h.append("MIME-Version: 1.0").append(eol);
        StringBuilder text = new StringBuilder("------------- Message: -------------").append('\n');
        for (int k = 0, n = 1 + rng.nextInt(6); k < n; k++) {
            text.append(SENTENCES[rng.nextInt(SENTENCES.length)]).append(rng.nextInt(4) == 0 ? "\n\n" : " ");
        }
        text.append("\nReference: ").append(Long.toHexString(rng.nextLong()));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int shape = rng.nextInt(10);
        String textPart = textPart(rng, "plain", text.toString(), eol);
        String part;
        if (shape < 5) {
            part = textPart;
        } else {
            String html = "<html><body><p>" + text.toString().replace("&", "&amp;").replace("\n", "<br>") + "</p></body></html>";
            String b = "----=_Part_" + i + "_" + Long.toHexString(rng.nextLong()) + ".alt";
            part = "Content-Type: multipart/alternative; boundary=\"" + b + "\"" + eol + eol
                    + "--" + b + eol + textPart + eol + "--" + b + eol + textPart(rng, "html", html, eol) + eol + "--" + b + "--" + eol;
        }
        int extra = rng.nextInt(7);
        if (extra <= 1) {
            String b = "----=_Part_" + i + "_" + Long.toHexString(rng.nextLong()) + ".mix";
            boolean png = extra == 0;
            byte[] data = png ? png(rng) : pdf(rng);
            String file = png ? "IMG_2024_" + rng.nextInt(1_000_000) + ".png" : "return-label-" + i + ".pdf";
            String type = png ? "image/png" : "application/pdf";
            String disposition = switch (rng.nextInt(5)) {
                case 0 -> "";
                case 1 -> "Content-Disposition: inline" + eol;
                default -> "Content-Disposition: attachment; filename=\"" + file + "\"" + eol;
            };
            part = "Content-Type: multipart/mixed; boundary=\"" + b + "\"" + eol + eol
                    + "This is a multi-part message in MIME format." + eol + eol
                    + "--" + b + eol + part + eol + "--" + b + eol
                    + "Content-Type: " + type + (rng.nextBoolean() ? "; name=\"" + file + "\"" : "") + eol
                    + disposition + "Content-Transfer-Encoding: base64" + eol + eol
                    + base64Lines(data, eol) + "--" + b + "--" + eol + (rng.nextInt(4) == 0 ? "epilogue" + eol : "");
        } else if (extra == 2) {
            String b = "fwd" + i;
            part = "Content-Type: multipart/mixed; boundary=" + b + eol + eol
                    + "--" + b + eol + part + eol + "--" + b + eol + "Content-Type: message/rfc822" + eol + eol
                    + "From: carrier@example.com" + eol + "Subject: Your parcel" + eol
                    + "Content-Type: multipart/alternative; boundary=inner" + i + eol + eol
                    + "--inner" + i + eol + "Content-Type: text/plain" + eol + eol + "Out for delivery." + eol
                    + "--inner" + i + "--" + eol + "--" + b + "--" + eol;
        } else if (extra == 3) {
            // A Latin-1 part, as older mail clients send it.
            String b = "latin" + i;
            part = "Content-Type: multipart/mixed; boundary=" + b + eol + eol
                    + "--" + b + eol + part + eol + "--" + b + eol
                    + "Content-Type: text/plain; charset=ISO-8859-1" + eol + "Content-Transfer-Encoding: 8bit" + eol + eol;
            body.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(("Grüße aus Köln, " + name + eol + "--" + b + "--" + eol).getBytes(StandardCharsets.ISO_8859_1));
            return body.toByteArray();
        }
        body.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static String textPart(Random rng, String subtype, String text, String eol) {
        return switch (rng.nextInt(5)) {
            case 0 -> "Content-Type: text/" + subtype + "; charset=\"utf-8\"" + eol + "Content-Transfer-Encoding: base64" + eol + eol
                    + base64Lines(text.replace("\n", eol).getBytes(StandardCharsets.UTF_8), eol);
            case 1 -> "Content-Type: text/" + subtype + "; charset=UTF-8" + eol + "Content-Transfer-Encoding: 8bit" + eol + eol
                    + text.replace("\n", eol) + eol;
            default -> "Content-Type: text/" + subtype + "; charset=UTF-8" + eol
                    + "Content-Transfer-Encoding: quoted-printable" + eol + eol + qp(text, eol) + eol;
        };
    }

    /** Quoted-printable as Python's binascii.b2a_qp(istext=True) writes it: 76-column lines, soft breaks. */
    static String qp(String text, String eol) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            String piece;
            if (c == '\n') {
                out.append(eol);
                column = 0;
                continue;
            } else if (c == '=' || c >= 127 || c < 32 && c != '\t') {
                piece = String.format("=%02X", c);
            } else {
                piece = String.valueOf((char) c);
            }
            if (column + piece.length() > 75) {
                out.append('=').append(eol);
                column = 0;
            }
            out.append(piece);
            column += piece.length();
        }
        return out.toString();
    }

    private static String qpWord(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            out.append(c == ' ' ? "_" : c < 128 && Character.isLetterOrDigit(c) ? String.valueOf((char) c) : String.format("=%02X", c));
        }
        return out.toString();
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static String base64Lines(byte[] data, String eol) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < data.length; k += 57) {
            out.append(Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(data, k, Math.min(data.length, k + 57)))).append(eol);
        }
        return out.toString();
    }

    private static byte[] png(Random rng) {
        byte[] b = new byte[500 + rng.nextInt(4000)];
        rng.nextBytes(b);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    private static byte[] pdf(Random rng) {
        StringBuilder s = new StringBuilder("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
        for (int k = 0, n = 5 + rng.nextInt(40); k < n; k++) {
            s.append("(Item ").append(k).append(" ").append(rng.nextInt(9999)).append(" USD) '\n");
        }
        return s.append("%%EOF\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
