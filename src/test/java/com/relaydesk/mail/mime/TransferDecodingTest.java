package com.relaydesk.mail.mime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass decoders against the JDK's MIME base64 decoder and the quoted-printable decoder they replaced. */
class TransferDecodingTest {

    private static final byte[] NOISE = {'=', '=', '\r', '\n', ' ', '-', '!', 'A', '/', '+', (byte) 0xc3, '\t', '3', 'D'};

    @Test
    void base64DecodesLikeTheJdksMimeDecoder() {
        Random rng = new Random(11);
        int clean = 0;
        for (int i = 0; i < 30_000; i++) {
            byte[] data = new byte[rng.nextInt(200)];
            rng.nextBytes(data);
            byte[] encoded = BenchShapedMessages.base64Lines(data, rng.nextBoolean() ? "\r\n" : "\n").getBytes(StandardCharsets.US_ASCII);
            if (rng.nextInt(3) > 0) {
                encoded = damage(rng, encoded);
            } else {
                clean++;
            }
            byte[] expected;
            try {
                expected = Base64.getMimeDecoder().decode(encoded);
            } catch (IllegalArgumentException e) {
                expected = null;
            }
            byte[] actual = TransferDecoding.decode(withMargins(encoded), 3, encoded.length, "base64");
            assertArrayEquals(expected, actual, new String(encoded, StandardCharsets.ISO_8859_1));
        }
        assertTrue(clean > 5000);
    }

    @Test
    void theFastBase64PathTakesCleanLinesAndLeavesTheRest() {
        byte[] clean = "SGVs\r\nbG8=\r\n".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals("Hello".getBytes(StandardCharsets.US_ASCII), TransferDecoding.base64(clean, 0, clean.length));
        byte[] odd = "SGVs bG8=".getBytes(StandardCharsets.US_ASCII);
        assertNull(TransferDecoding.base64(odd, 0, odd.length));
        assertNotNull(TransferDecoding.decode(odd, 0, odd.length, "base64"));
    }

    @Test
    void quotedPrintableDecodesAsBefore() {
        Random rng = new Random(12);
        for (int i = 0; i < 30_000; i++) {
            byte[] text = BenchShapedMessages.qp("Grüße = 100% \t" + Long.toHexString(rng.nextLong()).repeat(rng.nextInt(8)),
                    rng.nextBoolean() ? "\r\n" : "\n").getBytes(StandardCharsets.US_ASCII);
            if (rng.nextBoolean()) {
                text = damage(rng, text);
            }
            assertArrayEquals(OldTransferDecoding.quotedPrintable(text),
                    TransferDecoding.decode(withMargins(text), 3, text.length, "quoted-printable"),
                    new String(text, StandardCharsets.ISO_8859_1));
        }
    }

    private static byte[] damage(Random rng, byte[] in) {
        byte[] b = in.clone();
        for (int k = 0, n = 1 + rng.nextInt(3); k < n && b.length > 0; k++) {
            b[rng.nextInt(b.length)] = NOISE[rng.nextInt(NOISE.length)];
        }
        return rng.nextInt(4) == 0 ? java.util.Arrays.copyOf(b, rng.nextInt(b.length + 1)) : b;
    }

    /** The bytes with three others on each side, so a decoder reading outside its range is caught. */
    private static byte[] withMargins(byte[] b) {
        byte[] out = new byte[b.length + 6];
        out[0] = out[1] = out[2] = '=';
        System.arraycopy(b, 0, out, 3, b.length);
        out[b.length + 3] = out[b.length + 4] = out[b.length + 5] = 'A';
        return out;
    }
}
