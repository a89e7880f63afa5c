package com.relaydesk.mail.mime;

import java.util.Base64;
import java.util.Locale;

/**
 * Content-Transfer-Encoding undone on a byte array, several times faster than Jakarta Mail's
 * byte-at-a-time streams (which dominated sync time). Lenient like them: a bad escape is kept
 * as written; returns null when base64 cannot be decoded so the caller can fall back.
 */
final class OldTransferDecoding {

    private OldTransferDecoding() {
    }

    static byte[] decode(byte[] raw, String encoding) {
        if (encoding == null) {
            return raw;
        }
        switch (encoding.trim().toLowerCase(Locale.ROOT)) {
            case "quoted-printable":
                return quotedPrintable(raw);
            case "base64":
                try {
                    return Base64.getMimeDecoder().decode(raw);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            default:
                return raw;
        }
    }

    static byte[] quotedPrintable(byte[] in) {
        byte[] out = new byte[in.length];  // decoding never grows the text
        int o = 0;
        int n = in.length;
        for (int i = 0; i < n; i++) {
            byte b = in[i];
            if (b != '=') {
                out[o++] = b;
                continue;
            }
            // Soft line break: "=" then optional spaces, then CRLF or LF.
            int j = i + 1;
            while (j < n && (in[j] == ' ' || in[j] == '\t')) {
                j++;
            }
            if (j < n && (in[j] == '\r' || in[j] == '\n')) {
                i = in[j] == '\r' && j + 1 < n && in[j + 1] == '\n' ? j + 1 : j;
                continue;
            }
            if (j == n) {
                i = n;
                continue;
            }
            if (i + 2 < n) {
                int hi = Character.digit(in[i + 1], 16);
                int lo = Character.digit(in[i + 2], 16);
                if (hi >= 0 && lo >= 0) {
                    out[o++] = (byte) (hi << 4 | lo);
                    i += 2;
                    continue;
                }
            }
            out[o++] = b;
        }
        return java.util.Arrays.copyOf(out, o);
    }
}
