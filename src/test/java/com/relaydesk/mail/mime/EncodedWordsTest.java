package com.relaydesk.mail.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Encoded words decoded here agree with Jakarta's decodeText, including its failures. */
class EncodedWordsTest {

    private static final String[] TEXTS = {"Zoë", "Łukasz - Amazon Marketplace", "Nguyễn", "a_b=c?d", "", "José Müller", "plain"};
    private static final String[] CHARSETS = {"utf-8", "UTF-8", "us-ascii", "iso-8859-1", "ISO-8859-1", "windows-1252", "x-klingon",
        "utf-8*en", "utf8"};
    private static final String[] JUNK = {" ", "  ", "\t", "\r\n ", "=?", "?=", "=?utf-8?", "=?utf-8?q?", "=?utf-8?x?abc?=", "plain",
        "(comment)", "=?utf-8?b?@@@@?=", "=?utf-8?q?=ZZ?=", "=?utf-8?b?QQ?=", "=?utf-8?q?=4?=", "\u00e9", "=?utf-8?B?w6k=?=tail"};

    @Test
    void decodesAsJakartasDecodeText() throws Exception {
        Random rng = new Random(3);
        int decodedHere = 0;
        for (int i = 0; i < 40_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = 0, n = 1 + rng.nextInt(5); k < n; k++) {
                if (rng.nextInt(3) == 0) {
                    s.append(JUNK[rng.nextInt(JUNK.length)]);
                } else {
                    s.append(word(rng));
                }
                if (rng.nextBoolean()) {
                    s.append(rng.nextBoolean() ? " " : "\r\n\t");
                }
            }
            String in = s.toString();
            String expected;
            try {
                expected = MimeUtility.decodeText(in);
            } catch (java.io.UnsupportedEncodingException e) {
                expected = "unsupported";
            }
            String actual;
            try {
                actual = EncodedWords.decode(in);
            } catch (java.io.UnsupportedEncodingException e) {
                actual = "unsupported";
            }
            assertEquals(expected, actual, in);
            decodedHere += in.contains("=?") && EncodedWords.fast(in) != null ? 1 : 0;
        }
        assertTrue(decodedHere > 10_000);
    }

    private static String word(Random rng) {
        String text = TEXTS[rng.nextInt(TEXTS.length)];
        String charset = CHARSETS[rng.nextInt(CHARSETS.length)];
        java.nio.charset.Charset cs = charset.startsWith("iso") || charset.startsWith("ISO") || charset.startsWith("us")
                ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
        byte[] bytes = text.getBytes(cs);
        if (rng.nextBoolean()) {
            String b64 = Base64.getEncoder().encodeToString(bytes);
            if (rng.nextInt(8) == 0) {
                b64 = b64.replace("=", "");
            }
            return "=?" + charset + "?" + (rng.nextBoolean() ? "B" : "b") + "?" + b64 + "?=";
        }
        StringBuilder q = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            q.append(c == ' ' ? "_" : c > 32 && c < 127 && c != '=' && c != '?' && c != '_' ? String.valueOf((char) c)
                    : String.format(rng.nextBoolean() ? "=%02X" : "=%02x", c));
        }
        return "=?" + charset + "?" + (rng.nextBoolean() ? "Q" : "q") + "?" + q + "?=";
    }
}
