package com.relaydesk.mail.mime;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * Content-Transfer-Encoding undone on a byte array, several times faster than Jakarta Mail's
 * byte-at-a-time streams (which dominated sync time). Lenient like them: a bad escape is kept
 * as written; returns null when base64 cannot be decoded so the caller can fall back.
 */
final class TransferDecoding {

    /** Hex digit values, -1 for other bytes. */
    private static final byte[] HEX = new byte[256];
    /** Base64 digit values; -1 for CR and LF, -2 for everything else. */
    private static final byte[] BASE64 = new byte[256];

    static {
        Arrays.fill(BASE64, (byte) -2);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; i++) {
            BASE64[alphabet.charAt(i)] = (byte) i;
        }
        BASE64['\r'] = -1;
        BASE64['\n'] = -1;
        Arrays.fill(HEX, (byte) -1);
        for (int i = 0; i < 10; i++) {
            HEX['0' + i] = (byte) i;
        }
        for (int i = 0; i < 6; i++) {
            HEX['a' + i] = (byte) (10 + i);
            HEX['A' + i] = (byte) (10 + i);
        }
    }

    /** Parts larger than this are base64-decoded by the JDK (see {@link #decode}). */
    static final int LARGE = 1 << 20;

    private TransferDecoding() {
    }

    /**
     * Decodes {@code raw[off, off + len)}; an identity encoding (7bit, 8bit, binary, unknown
     * to this class) gives a copy of the range.
     */
    static byte[] decode(byte[] raw, int off, int len, String encoding) {
        switch (encoding.trim().toLowerCase(Locale.ROOT)) {
            case "quoted-printable":
                return quotedPrintable(raw, off, len);
            case "base64":
                // Above a megabyte the JDK's exact-size decoding is kept: the one-pass decoder's
                // estimate-then-copy would hold two copies of a large attachment at once.
                byte[] fast = len <= LARGE ? base64(raw, off, len) : null;
                if (fast != null) {
                    return fast;
                }
                try {
                    ByteBuffer out = Base64.getMimeDecoder().decode(ByteBuffer.wrap(raw, off, len));
                    byte[] a = out.array();
                    return out.arrayOffset() == 0 && out.limit() == a.length ? a : Arrays.copyOf(a, out.limit());
                } catch (IllegalArgumentException e) {
                    return null;
                }
            default:
                return Arrays.copyOfRange(raw, off, off + len);
        }
    }

    /**
     * Base64 in lines as mail carries it (alphabet, CR, LF, "=" padding at the end) in one pass;
     * null for anything else, which the JDK's MIME decoder then reads with its own leniency. (The
     * JDK's decoder first counts the input in a separate pass, a third of its time.)
     */
    static byte[] base64(byte[] in, int off, int len) {
        byte[] table = BASE64;
        byte[] out = new byte[len / 4 * 3 + 3];
        int o = 0;
        int bits = 0;
        int have = 0;  // digits in bits
        int i = off;
        int n = off + len;
        while (i < n) {
            if (have == 0) {
                // Whole groups of four digits, the bulk of every line.
                while (i + 3 < n) {
                    int a = table[in[i] & 0xff];
                    int b = table[in[i + 1] & 0xff];
                    int c = table[in[i + 2] & 0xff];
                    int d = table[in[i + 3] & 0xff];
                    if ((a | b | c | d) < 0) {
                        break;
                    }
                    int v = a << 18 | b << 12 | c << 6 | d;
                    out[o] = (byte) (v >> 16);
                    out[o + 1] = (byte) (v >> 8);
                    out[o + 2] = (byte) v;
                    o += 3;
                    i += 4;
                }
                if (i >= n) {
                    break;
                }
            }
            int d = table[in[i] & 0xff];
            if (d >= 0) {
                bits = bits << 6 | d;
                if (++have == 4) {
                    out[o] = (byte) (bits >> 16);
                    out[o + 1] = (byte) (bits >> 8);
                    out[o + 2] = (byte) bits;
                    o += 3;
                    bits = 0;
                    have = 0;
                }
            } else if (d == -2) {
                break;  // padding or a stray byte: the ending is checked below
            }
            i++;
        }
        if (i < n) {
            if (in[i] != '=' || have < 2) {
                return null;
            }
            if (have == 2) {
                if (i + 1 >= n || in[i + 1] != '=') {
                    return null;
                }
                i++;
                out[o++] = (byte) (bits >> 4);
            } else {
                out[o++] = (byte) (bits >> 10);
                out[o++] = (byte) (bits >> 2);
            }
            for (i++; i < n; i++) {
                byte c = in[i];
                if (c != '\r' && c != '\n' && c != '=') {
                    return null;
                }
            }
        } else if (have != 0) {
            return null;
        }
        return o == out.length ? out : Arrays.copyOf(out, o);
    }

    static byte[] quotedPrintable(byte[] in) {
        return quotedPrintable(in, 0, in.length);
    }

    static byte[] quotedPrintable(byte[] in, int off, int len) {
        byte[] out = new byte[len];  // decoding never grows the text
        int r = quotedPrintable(in, off, len, out);
        int o = r < 0 ? ~r : r;
        return o == len ? out : Arrays.copyOf(out, o);
    }

    /**
     * Decodes {@code in[off, off + len)} into {@code out} (at least len long). Returns the length
     * decoded when every byte of it is ASCII, else that length's complement ({@code ~length},
     * negative), so text decoding need not look for 8-bit bytes again.
     */
    static int quotedPrintable(byte[] in, int off, int len, byte[] out) {
        byte[] hex = HEX;
        int o = 0;
        int n = off + len;
        int i = off;
        int high = 0;  // the OR of the bytes written: negative once one is over 127
        while (i < n) {
            // Copy the run up to the next "=" in one go.
            int run = i;
            byte c;
            // Four bytes a step (C1 does not unroll loops), then one by one up to the "=".
            while (run + 3 < n) {
                byte c0 = in[run];
                byte c1 = in[run + 1];
                byte c2 = in[run + 2];
                byte c3 = in[run + 3];
                if (c0 == '=' || c1 == '=' || c2 == '=' || c3 == '=') {
                    break;
                }
                high |= c0 | c1 | c2 | c3;
                run += 4;
            }
            while (run < n && (c = in[run]) != '=') {
                high |= c;
                run++;
            }
            if (run > i) {
                System.arraycopy(in, i, out, o, run - i);
                o += run - i;
                i = run;
                if (i == n) {
                    break;
                }
            }
            if (i + 2 < n) {
                int hi = hex[in[i + 1] & 0xff];
                int lo = hex[in[i + 2] & 0xff];
                if ((hi | lo) >= 0) {
                    high |= hi << 4;
                    out[o++] = (byte) (hi << 4 | lo);
                    i += 3;
                    continue;
                }
            }
            // Soft line break: "=" then optional spaces, then CRLF or LF.
            int j = i + 1;
            while (j < n && (in[j] == ' ' || in[j] == '\t')) {
                j++;
            }
            if (j < n && (in[j] == '\r' || in[j] == '\n')) {
                i = (in[j] == '\r' && j + 1 < n && in[j + 1] == '\n' ? j + 1 : j) + 1;
                continue;
            }
            if (j == n) {
                break;
            }
            out[o++] = '=';
            i++;
        }
        return (high & 0x80) == 0 ? o : ~o;
    }
}
