package com.relaydesk.mail.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.FetchedMessage.FetchedAttachment;
import com.relaydesk.mail.MalformedCorpus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte-level {@link MimeParser} against the Jakarta Mail based parser it replaced
 * ({@link JakartaMimeParser}, kept here as the oracle): every field of every ParsedMessage must
 * be equal, for bench-shaped mail, the malformed corpus, hand-made edge cases and thousands of
 * random mutations of them all (bytes changed to line breaks, dashes, quotes, 8-bit...).
 */
class MimeParserDifferentialTest {

    private final MimeParser parser = new MimeParser();
    private final JakartaMimeParser oracle = new JakartaMimeParser();

    @Test
    void benchShapedMailParsesAsBefore() {
        List<byte[]> messages = BenchShapedMessages.generate(1, 1500);
        for (int i = 0; i < messages.size(); i++) {
            same("bench-shaped message " + i, messages.get(i));
        }
    }

    @Test
    void theMalformedCorpusParsesAsBefore() {
        for (Map.Entry<String, byte[]> e : MalformedCorpus.all(true).entrySet()) {
            same(e.getKey(), e.getValue());
        }
    }

    @Test
    void edgeCasesOfMimeParseAsBefore() {
        for (Map.Entry<String, byte[]> e : OddMessages.all().entrySet()) {
            same(e.getKey(), e.getValue());
        }
    }

    @Test
    void randomlyDamagedMessagesParseAsBefore() {
        List<byte[]> seeds = new ArrayList<>(BenchShapedMessages.generate(2, 60));
        seeds.addAll(OddMessages.all().values());
        MalformedCorpus.all(false).values().stream().filter(b -> b.length < 100_000).forEach(seeds::add);
        Random rng = new Random(42);
        for (int i = 0; i < 6000; i++) {
            byte[] original = seeds.get(rng.nextInt(seeds.size()));
            byte[] mutant = mutate(rng, original);
            same("mutant " + i + " of " + new String(original, 0, Math.min(60, original.length),
                    java.nio.charset.StandardCharsets.ISO_8859_1) + "…: " + printable(mutant), mutant);
        }
    }

    /** The comparison can fail: two messages that differ in one field each are told apart. */
    @Test
    void theComparisonSeesADifferenceInAnyField() {
        byte[] a = OddMessages.all().get("multipart two texts");
        ParsedMessage p = parser.parse(a);
        ParsedMessage q = parser.parse(new String(a, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("second", "Second").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertNotEquals(describe(p), describe(q));
        ParsedMessage r = parser.parse(OddMessages.all().get("multipart part attachment without name"));
        ParsedMessage s = new ParsedMessage(r.messageId(), r.inReplyTo(), r.references(), r.fromAddress(), r.fromName(),
                r.to(), r.subject(), r.sentDate(), r.textBody(), r.htmlBody(),
                List.of(r.attachments().get(0), new FetchedAttachment(r.attachments().get(1).fileName(), "image/gif", 3,
                        "GIF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "0" + r.attachments().get(1).sha256().substring(1))),
                r.headers(), r.damage());
        assertNotEquals(describe(r), describe(s));
        assertFalse(describe(r).isEmpty());
    }

    private void same(String what, byte[] raw) {
        String expected = describe(oracle.parse(raw));
        String actual = describe(parser.parse(raw));
        if (!expected.equals(actual)) {
            assertEquals(expected, actual, what);
        }
        assertTrue(expected.contains("damage="), what);
    }

    /** Every field, attachment contents by value. */
    static String describe(ParsedMessage p) {
        StringBuilder s = new StringBuilder();
        s.append("messageId=").append(p.messageId()).append('\n')
                .append("inReplyTo=").append(p.inReplyTo()).append('\n')
                .append("references=").append(p.references()).append('\n')
                .append("fromAddress=").append(p.fromAddress()).append('\n')
                .append("fromName=").append(p.fromName()).append('\n')
                .append("to=").append(p.to()).append('\n')
                .append("subject=").append(p.subject()).append('\n')
                .append("sentDate=").append(p.sentDate()).append('\n')
                .append("textBody=").append(p.textBody()).append('\n')
                .append("htmlBody=").append(p.htmlBody()).append('\n');
        for (FetchedAttachment a : p.attachments()) {
            s.append("attachment=").append(a.fileName()).append(" | ").append(a.contentType()).append(" | ").append(a.size())
                    .append(" | ").append(a.sha256()).append(" | ").append(Arrays.hashCode(a.content()))
                    .append(" | ").append(a.content().length == a.size()).append('\n');
        }
        s.append("headers=").append(new java.util.TreeMap<>(p.headers())).append('\n')
                .append("damage=").append(p.damage()).append('\n')
                .append("damageNote=").append(p.damageNote()).append('\n');
        return s.toString();
    }

    private static final byte[] INTERESTING = {'\r', '\n', '\n', '-', '-', '"', ';', '=', ' ', '\t', '(', ')', '\\', '*',
        ':', '/', (byte) 0xc3, (byte) 0xff, 0, 'b', '?'};

    static byte[] mutate(Random rng, byte[] in) {
        byte[] b = in;
        for (int k = 0, n = 1 + rng.nextInt(3); k < n && b.length > 0; k++) {
            int at = rng.nextInt(b.length);
            switch (rng.nextInt(6)) {
                case 0, 1 -> {
                    b = b.clone();
                    b[at] = INTERESTING[rng.nextInt(INTERESTING.length)];
                }
                case 2 -> {
                    int len = Math.min(b.length - at, 1 + rng.nextInt(40));
                    byte[] c = new byte[b.length - len];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + len, c, at, b.length - at - len);
                    b = c;
                }
                case 3 -> {
                    int len = Math.min(b.length - at, 1 + rng.nextInt(80));
                    int to = rng.nextInt(b.length);
                    byte[] c = new byte[b.length + len];
                    System.arraycopy(b, 0, c, 0, to);
                    System.arraycopy(b, at, c, to, len);
                    System.arraycopy(b, to, c, to + len, b.length - to);
                    b = c;
                }
                case 4 -> b = Arrays.copyOf(b, at);
                default -> {
                    byte[] ins = rng.nextBoolean() ? new byte[] {'\r', '\n'} : new byte[] {'\n', '-', '-'};
                    byte[] c = new byte[b.length + ins.length];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(ins, 0, c, at, ins.length);
                    System.arraycopy(b, at, c, at + ins.length, b.length - at);
                    b = c;
                }
            }
        }
        return b;
    }

    private static String printable(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(b.length, 3000); i++) {
            int c = b[i] & 0xff;
            s.append(c == '\r' ? "\\r" : c == '\n' ? "\\n\n" : c < 32 || c > 126 ? String.format("\\x%02x", c) : String.valueOf((char) c));
        }
        return s.toString();
    }
}
