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
    static String decode(byte[] all, int off, int len, String declared, List<String> damage) {
        if (isAscii(all, off, len) && (declared == null || asciiCompatible(declared))) {
            // Plain ASCII reads the same in every such charset, and no check can fail: the common case, made cheap.
            return new String(all, off, len, StandardCharsets.ISO_8859_1);
        }
        byte[] bytes = off == 0 && len == all.length ? all : java.util.Arrays.copyOfRange(all, off, off + len);
        if (declared == null || declared.isBlank()) {
            return fallback(bytes);
        }
        Charset charset;
        try {
            charset = Charset.forName(MimeUtility.javaCharset(declared.trim()));
        } catch (RuntimeException unknown) {
            damage.add("unknown charset '" + shorten(declared) + "'");
            return fallback(bytes);
        }
        String strict = strict(bytes, charset);
        if (strict != null) {
            return strict;
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            // Labelled us-ascii or latin-1 but really UTF-8: common and harmless, no damage note.
            return utf8;
        }
        damage.add("text is not valid " + charset.name());
        // Mislabelled 8-bit text is nearly always Windows-1252/Latin-1, which maps every byte.
        return new String(bytes, charset.equals(StandardCharsets.UTF_8) ? WINDOWS_1252 : charset);
    }

    private static boolean isAscii(byte[] bytes, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Charsets in which the bytes 0-127 are ASCII (UTF-16, UTF-32 and EBCDIC are not). */
    private static boolean asciiCompatible(String declared) {
        return ASCII_COMPATIBLE.contains(declared.trim().toLowerCase(java.util.Locale.ROOT));
    }

    private static String fallback(byte[] bytes) {
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        return utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            return null;
        }
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
