package com.relaydesk.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Damaged messages as real mailboxes hold them, generated so every test sees the same bytes. */
public final class MalformedCorpus {

    private MalformedCorpus() {
    }

    /** Name → raw message; the 50 MB one only when {@code withHuge}. */
    public static Map<String, byte[]> all(boolean withHuge) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("broken boundary", brokenBoundary());
        m.put("unknown charset", unknownCharset());
        m.put("wrong charset", wrongCharset());
        m.put("8-bit headers", eightBitHeaders());
        m.put("no date, no message-id", noDateNoId());
        m.put("duplicate message-id 1", duplicateId("first"));
        m.put("duplicate message-id 2", duplicateId("second"));
        m.put("huge header", hugeHeader());
        m.put("nested rfc822", nestedRfc822());
        m.put("zero bytes", new byte[0]);
        m.put("garbage", "\u0000\u0001 this is not mail at all \r\n\r\n\u00ff".getBytes(StandardCharsets.ISO_8859_1));
        if (withHuge) {
            m.put("50 MB", fiftyMegabytes());
        }
        return m;
    }

    public static byte[] brokenBoundary() {
        return ascii("From: buyer0000001@marketplace.amazon.com\r\nSubject: broken boundary\r\n"
                + "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <broken@x>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"declared\"\r\n\r\n"
                + "--other\r\nContent-Type: text/plain\r\n\r\nThe parcel never came.\r\n--other--\r\n");
    }

    public static byte[] unknownCharset() {
        return ascii("From: buyer0000002@marketplace.amazon.com\r\nSubject: unknown charset\r\n"
                + "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <charset@x>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=x-klingon-42\r\n\r\nHello, where is it?\r\n");
    }

    public static byte[] wrongCharset() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(ascii("From: buyer0000003@marketplace.amazon.com\r\nSubject: wrong charset\r\n"
                + "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <wrong@x>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"));
        b.writeBytes("Grüße aus Köln\r\n".getBytes(StandardCharsets.ISO_8859_1));  // Latin-1 bytes, labelled UTF-8
        return b.toByteArray();
    }

    public static byte[] eightBitHeaders() {
        return ("From: \"Jürgen Müller\" <buyer0000004@marketplace.amazon.com>\r\nSubject: Größe falsch – Rücksendung?\r\n"
                + "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <eight@x>\r\n\r\nDie Größe passt nicht.\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] noDateNoId() {
        return ascii("From: buyer0000005@marketplace.amazon.com\r\nSubject: no date\r\n\r\nJust text.\r\n");
    }

    public static byte[] duplicateId(String text) {
        return ascii("From: buyer0000006@marketplace.amazon.com\r\nSubject: dup " + text + "\r\n"
                + "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <same@x>\r\n\r\n" + text + "\r\n");
    }

    public static byte[] hugeHeader() {
        return ascii("From: buyer0000007@marketplace.amazon.com\r\nSubject: " + "very long ".repeat(100_000) + "\r\n"
                + "X-Junk: " + "j".repeat(500_000) + "\r\n"
                + "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <huge-header@x>\r\n\r\nBody after a huge header.\r\n");
    }

    public static byte[] nestedRfc822() {
        return ascii("From: buyer0000008@marketplace.amazon.com\r\nSubject: forwarded\r\n"
                + "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <nested@x>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=b1\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain\r\n\r\nSee the carrier's mail below.\r\n"
                + "--b1\r\nContent-Type: message/rfc822\r\n\r\n"
                + "From: carrier@example.com\r\nSubject: Your parcel\r\nContent-Type: multipart/alternative; boundary=b2\r\n\r\n"
                + "--b2\r\nContent-Type: text/plain\r\n\r\nOut for delivery.\r\n--b2--\r\n"
                + "--b1--\r\n");
    }

    public static byte[] fiftyMegabytes() {
        StringBuilder head = new StringBuilder("From: buyer0000009@marketplace.amazon.com\r\nSubject: photos\r\n"
                + "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <fifty@x>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=big\r\n\r\n--big\r\nContent-Type: text/plain\r\n\r\nPhotos attached.\r\n"
                + "--big\r\nContent-Type: application/octet-stream; name=photos.bin\r\n"
                + "Content-Disposition: attachment; filename=photos.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        ByteArrayOutputStream b = new ByteArrayOutputStream(52 << 20);
        b.writeBytes(ascii(head.toString()));
        byte[] line = ascii("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n");
        while (b.size() < 50_000_000) {
            b.writeBytes(line);
        }
        b.writeBytes(ascii("--big--\r\n"));
        return b.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
