package com.relaydesk.mail.mime;

/**
 * Well-formed UTF-8 as the Unicode standard defines it (table 3-7) and the JDK's decoder accepts
 * it: no overlong forms, no surrogates, nothing beyond U+10FFFF, no cut sequences.
 */
final class Utf8 {

    private Utf8() {
    }

    /** True when {@code b[from, to)} is well-formed UTF-8. */
    static boolean valid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xff;
            if (c < 0xc2) {
                return false;  // a continuation byte first, or an overlong two-byte form
            }
            if (c < 0xe0) {
                if (i + 1 >= to || !continuation(b[i + 1], 0x80, 0xbf)) {
                    return false;
                }
                i += 2;
            } else if (c < 0xf0) {
                int lo = c == 0xe0 ? 0xa0 : 0x80;
                int hi = c == 0xed ? 0x9f : 0xbf;
                if (i + 2 >= to || !continuation(b[i + 1], lo, hi) || !continuation(b[i + 2], 0x80, 0xbf)) {
                    return false;
                }
                i += 3;
            } else if (c < 0xf5) {
                int lo = c == 0xf0 ? 0x90 : 0x80;
                int hi = c == 0xf4 ? 0x8f : 0xbf;
                if (i + 3 >= to || !continuation(b[i + 1], lo, hi) || !continuation(b[i + 2], 0x80, 0xbf)
                        || !continuation(b[i + 3], 0x80, 0xbf)) {
                    return false;
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte b, int lo, int hi) {
        int v = b & 0xff;
        return v >= lo && v <= hi;
    }
}
