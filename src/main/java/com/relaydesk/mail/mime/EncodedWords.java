package com.relaydesk.mail.mime;

import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * RFC 2047 encoded words decoded as Jakarta Mail's MimeUtility.decodeText decodes them (strict
 * mode: words are the runs between spaces, tabs and line breaks; white space between two
 * encoded words is dropped; text after a word's "?=" is kept as written). Words in UTF-8,
 * US-ASCII (read as Latin-1, as Jakarta's charset map says) or ISO-8859-1 with clean B or Q
 * text are decoded here; any other charset, encoding or irregular text sends the whole value
 * to Jakarta, which decides (its version goes through its decoder streams).
 */
final class EncodedWords {

    private EncodedWords() {
    }

    /** The decoded value; throws as decodeText does for an unknown charset or encoding. */
    static String decode(String s) throws UnsupportedEncodingException {
        if (!s.contains("=?")) {
            return s;
        }
        String fast = fast(s);
        return fast != null ? fast : MimeUtility.decodeText(s);
    }

    /** The decoded value, or null when Jakarta must decide. */
    static String fast(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        int spaceStart = 0;
        boolean previousEncoded = false;
        while (i < n) {
            int start = i;
            while (i < n && !space(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                i++;  // one white-space character: collected until the next word
                continue;
            }
            String word = s.substring(start, i);
            String decoded;
            if (!word.startsWith("=?")) {
                decoded = null;
            } else {
                int charsetEnd = word.indexOf('?', 2);
                int encodingEnd = charsetEnd < 0 ? -1 : word.indexOf('?', charsetEnd + 1);
                int textEnd = encodingEnd < 0 ? -1 : word.indexOf("?=", encodingEnd + 1);
                if (textEnd < 0) {
                    decoded = null;  // not an encoded word: Jakarta keeps it as written
                } else {
                    Charset charset = charset(word, 2, charsetEnd);
                    if (charset == null || encodingEnd != charsetEnd + 2) {
                        return null;
                    }
                    char encoding = word.charAt(charsetEnd + 1);
                    byte[] bytes = encoding == 'B' || encoding == 'b' ? base64(word, encodingEnd + 1, textEnd)
                            : encoding == 'Q' || encoding == 'q' ? q(word, encodingEnd + 1, textEnd) : null;
                    if (bytes == null) {
                        return null;
                    }
                    decoded = new String(bytes, charset) + word.substring(textEnd + 2);
                }
            }
            if (decoded != null) {
                if (!previousEncoded) {
                    out.append(s, spaceStart, start);
                }
                out.append(decoded);
                previousEncoded = true;
            } else {
                out.append(s, spaceStart, start).append(word);
                previousEncoded = false;
            }
            spaceStart = i;
        }
        return out.append(s, spaceStart, n).toString();
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static Charset charset(String word, int from, int to) {
        int len = to - from;
        if (len == 5 && word.regionMatches(true, from, "utf-8", 0, 5)) {
            return StandardCharsets.UTF_8;
        }
        if (len == 8 && word.regionMatches(true, from, "us-ascii", 0, 8)) {
            return StandardCharsets.ISO_8859_1;  // Jakarta's charset map reads us-ascii as Latin-1
        }
        if (len == 10 && word.regionMatches(true, from, "iso-8859-1", 0, 10)) {
            return StandardCharsets.ISO_8859_1;
        }
        return null;
    }

    private static int base64Digit(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    }

    /** Clean base64 in whole groups of four, "=" only as padding; else null. */
    private static byte[] base64(String s, int from, int to) {
        int len = to - from;
        if (len % 4 != 0) {
            return null;
        }
        int pad = len == 0 ? 0 : s.charAt(to - 1) != '=' ? 0 : s.charAt(to - 2) != '=' ? 1 : 2;
        byte[] out = new byte[len / 4 * 3 - pad];
        int o = 0;
        for (int i = from; i < to; i += 4) {
            int last = i + 4 == to ? 4 - pad : 4;
            int bits = 0;
            for (int k = 0; k < 4; k++) {
                int d = k < last ? base64Digit(s.charAt(i + k)) : 0;
                if (d < 0) {
                    return null;
                }
                bits = bits << 6 | d;
            }
            for (int k = 0; k < 3 && o < out.length && (i + 4 < to || k < 3 - pad); k++) {
                out[o++] = (byte) (bits >> (16 - 8 * k));
            }
        }
        return o == out.length ? out : null;
    }

    /** Q text: "_" for space, "=XX" escapes, other printable ASCII as is; else null. */
    private static byte[] q(String s, int from, int to) {
        byte[] out = new byte[to - from];
        int o = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                out[o++] = ' ';
            } else if (c == '=') {
                if (i + 2 >= to) {
                    return null;
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0 || s.charAt(i + 1) > 'f' || s.charAt(i + 2) > 'f') {
                    return null;
                }
                out[o++] = (byte) (hi << 4 | lo);
                i += 2;
            } else if (c > ' ' && c < 127 && c != '?') {
                out[o++] = (byte) c;
            } else {
                return null;
            }
        }
        return java.util.Arrays.copyOf(out, o);
    }
}
