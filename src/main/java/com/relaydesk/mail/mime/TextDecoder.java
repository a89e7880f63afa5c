package com.relaydesk.mail.mime;

import jakarta.mail.internet.MimeUtility;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of a text part into a string whatever its label says: an unknown or wrong
 * charset is read as UTF-8 when the bytes are valid UTF-8, else as Windows-1252 (which maps
 * every byte), and the damage list says so.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Common labels of charsets Java knows whose bytes 0-127 are ASCII (blank: no label at all). */
    private static final java.util.Set<String> ASCII_COMPATIBLE = java.util.Set.of("", "utf-8", "utf8", "us-ascii", "ascii",
            "iso-8859-1", "iso-8859-2", "iso-8859-15", "windows-1250", "windows-1251", "windows-1252");

    private TextDecoder() {
    }

    static String decode(byte[] bytes, String declared, List<String> damage) {
        return decode(bytes, 0, bytes.length, declared, damage);
    }

    /** Decodes {@code bytes[off, off + len)}. */
    static String decode(byte[] bytes, int off, int len, String declared, List<String> damage) {
        return decode(bytes, off, len, firstNonAscii(bytes, off, len), declared, damage);
    }

    /**
     * Decodes {@code bytes[off, off + len)} when the caller knows whether it is ASCII:
     * {@code firstHigh} is -1 for ASCII, else an index at or before the first byte over 127.
     */
    static String decode(byte[] bytes, int off, int len, int firstHigh, String declared, List<String> damage) {
        if (firstHigh < 0 && (declared == null || asciiCompatible(declared))) {
            // Plain ASCII reads the same in every such charset, and no check can fail: the common case, made cheap.
            return new String(bytes, off, len, StandardCharsets.ISO_8859_1);
        }
        if (declared == null || declared.isBlank()) {
            return fallback(bytes, off, len, firstHigh);
        }
        Charset charset;
        String label = declared.trim();
        if (label.equalsIgnoreCase("utf-8")) {
            charset = StandardCharsets.UTF_8;  // what the lookup below gives, without it
        } else {
            try {
                charset = Charset.forName(MimeUtility.javaCharset(label));
            } catch (RuntimeException unknown) {
                damage.add("unknown charset '" + shorten(declared) + "'");
                return fallback(bytes, off, len, firstHigh);
            }
        }
        String strict = strict(bytes, off, len, charset, firstHigh);
        if (strict != null) {
            return strict;
        }
        String utf8 = strict(bytes, off, len, StandardCharsets.UTF_8, firstHigh);
        if (utf8 != null) {
            // Labelled us-ascii or latin-1 but really UTF-8: common and harmless, no damage note.
            return utf8;
        }
        damage.add("text is not valid " + charset.name());
        // Mislabelled 8-bit text is nearly always Windows-1252/Latin-1, which maps every byte.
        return new String(bytes, off, len, charset.equals(StandardCharsets.UTF_8) ? WINDOWS_1252 : charset);
    }

    /** Index of the first byte over 127, or -1. */
    private static int firstNonAscii(byte[] bytes, int off, int len) {
        int end = off + len;
        int i = off;
        while (i + 3 < end && (bytes[i] | bytes[i + 1] | bytes[i + 2] | bytes[i + 3]) >= 0) {
            i += 4;  // four bytes a step: C1 does not unroll loops
        }
        for (; i < end; i++) {
            if (bytes[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    /** Charsets in which the bytes 0-127 are ASCII (UTF-16, UTF-32 and EBCDIC are not). */
    private static boolean asciiCompatible(String declared) {
        return declared.equalsIgnoreCase("utf-8") || declared.equalsIgnoreCase("us-ascii")
                || ASCII_COMPATIBLE.contains(declared.trim().toLowerCase(java.util.Locale.ROOT));
    }

    private static String fallback(byte[] bytes, int off, int len, int firstHigh) {
        String utf8 = strict(bytes, off, len, StandardCharsets.UTF_8, firstHigh);
        return utf8 != null ? utf8 : new String(bytes, off, len, WINDOWS_1252);
    }

    /** The text in {@code charset}, or null when the bytes are not valid in it. */
    private static String strict(byte[] bytes, int off, int len, Charset charset, int firstHigh) {
        if (charset == StandardCharsets.UTF_8) {
            // Checked here, then decoded by String (faster than a reporting decoder; same text for valid input).
            if (firstHigh < 0) {
                return new String(bytes, off, len, StandardCharsets.ISO_8859_1);
            }
            String latin1 = latin1Utf8(bytes, off, len, firstHigh);
            if (latin1 != null) {
                return latin1;
            }
            // String replaces every malformed sequence with U+FFFD, so text without one was valid;
            // only text holding one (written or replaced) needs the check.
            String s = new String(bytes, off, len, StandardCharsets.UTF_8);
            return s.indexOf('\ufffd') < 0 || Utf8.valid(bytes, firstHigh, off + len) ? s : null;
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, off, len)).toString();
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * UTF-8 text whose characters all lie below U+0100 (accented Latin letters), decoded and
     * checked in one pass into the one-byte form String keeps it in; null for anything else. The
     * lead bytes C2 and C3 with a continuation byte are always well-formed, so the text is valid.
     */
    private static String latin1Utf8(byte[] bytes, int off, int len, int firstHigh) {
        byte[] out = new byte[len];
        int o = firstHigh - off;
        System.arraycopy(bytes, off, out, 0, o);
        int end = off + len;
        for (int i = firstHigh; i < end; i++) {
            byte c = bytes[i];
            if (c >= 0) {
                out[o++] = c;
            } else if ((c == (byte) 0xc2 || c == (byte) 0xc3) && i + 1 < end && (bytes[i + 1] & 0xc0) == 0x80) {
                out[o++] = (byte) ((c & 0x03) << 6 | (bytes[i + 1] & 0x3f));
                i++;
            } else {
                return null;
            }
        }
        return new String(out, 0, o, StandardCharsets.ISO_8859_1);
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
