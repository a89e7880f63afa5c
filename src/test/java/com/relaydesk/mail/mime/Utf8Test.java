package com.relaydesk.mail.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void acceptsExactlyWhatTheJdksStrictDecoderAccepts() {
        Random rng = new Random(7);
        byte[] interesting = {0x41, (byte) 0x80, (byte) 0x8f, (byte) 0x90, (byte) 0x9f, (byte) 0xa0, (byte) 0xbf, (byte) 0xc0,
            (byte) 0xc1, (byte) 0xc2, (byte) 0xdf, (byte) 0xe0, (byte) 0xed, (byte) 0xee, (byte) 0xef, (byte) 0xf0,
            (byte) 0xf3, (byte) 0xf4, (byte) 0xf5, (byte) 0xff};
        int valid = 0;
        for (int i = 0; i < 200_000; i++) {
            byte[] b = new byte[1 + rng.nextInt(6)];
            for (int k = 0; k < b.length; k++) {
                b[k] = interesting[rng.nextInt(interesting.length)];
            }
            boolean expected = jdkAccepts(b);
            valid += expected ? 1 : 0;
            assertEquals(expected, Utf8.valid(b, 0, b.length), java.util.HexFormat.of().formatHex(b));
        }
        assertTrue(valid > 1000, "valid samples: " + valid);
    }

    @Test
    void textDecodesAsWithTheDecoderOfBefore() {
        Random rng = new Random(8);
        String[] labels = {null, "utf-8", "UTF-8", " utf8 ", "us-ascii", "iso-8859-1", "windows-1252", "x-unknown", "utf-16", ""};
        byte[] pieces = "aZ ü€ễ\ufffd".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 50_000; i++) {
            byte[] b = new byte[rng.nextInt(12)];
            for (int k = 0; k < b.length; k++) {
                b[k] = rng.nextInt(4) == 0 ? (byte) rng.nextInt(256) : pieces[rng.nextInt(pieces.length)];
            }
            String label = labels[rng.nextInt(labels.length)];
            java.util.List<String> oldDamage = new java.util.ArrayList<>();
            java.util.List<String> newDamage = new java.util.ArrayList<>();
            String expected = OldTextDecoder.decode(b, label, oldDamage);
            byte[] padded = new byte[b.length + 2];
            System.arraycopy(b, 0, padded, 1, b.length);
            padded[0] = (byte) 0xff;
            padded[b.length + 1] = (byte) 0xc3;
            assertEquals(expected, TextDecoder.decode(padded, 1, b.length, label, newDamage), java.util.HexFormat.of().formatHex(b));
            assertEquals(oldDamage, newDamage);
        }
    }

    @Test
    void aCutSequenceAtTheEndIsInvalid() {
        byte[] b = "Grüße".getBytes(StandardCharsets.UTF_8);
        assertTrue(Utf8.valid(b, 0, b.length));
        assertFalse(Utf8.valid(b, 0, 3));
    }

    private static boolean jdkAccepts(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
