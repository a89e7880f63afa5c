package com.relaydesk.mail.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.MalformedCorpus;
import com.relaydesk.mail.TestMessages;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MimeParserTest {

    private final MimeParser parser = new MimeParser();

    @Test
    void aCleanMessageHasNoDamageNote() {
        ParsedMessage p = parser.parse(TestMessages.buyerMessage(3));
        assertNull(p.damageNote());
        assertEquals("<buyer-3@relay.test>", p.messageId());
        assertEquals("buyer0000003@marketplace.amazon.com", p.fromAddress());
    }

    @Test
    void everyMalformedMessageParsesWithoutThrowing() {
        for (Map.Entry<String, byte[]> e : MalformedCorpus.all(false).entrySet()) {
            ParsedMessage p = parser.parse(e.getValue());
            assertNotNull(p, e.getKey());
        }
    }

    @Test
    void aBrokenBoundaryKeepsTheTextAndSaysSo() {
        ParsedMessage p = parser.parse(MalformedCorpus.brokenBoundary());
        assertTrue(p.textBody().contains("The parcel never came."), p.textBody());
        assertTrue(p.damageNote().contains("MIME"), p.damageNote());
    }

    @Test
    void anUnknownCharsetIsReadAsUtf8AndNoted() {
        ParsedMessage p = parser.parse(MalformedCorpus.unknownCharset());
        assertTrue(p.textBody().contains("Hello, where is it?"));
        assertTrue(p.damageNote().contains("unknown charset"), p.damageNote());
    }

    @Test
    void latin1BytesLabelledUtf8AreReadAsLatin1() {
        ParsedMessage p = parser.parse(MalformedCorpus.wrongCharset());
        assertTrue(p.textBody().contains("Grüße aus Köln"), p.textBody());
        assertTrue(p.damageNote().contains("not valid UTF-8"), p.damageNote());
    }

    @Test
    void eightBitUtf8HeadersAreReadAsUtf8() {
        ParsedMessage p = parser.parse(MalformedCorpus.eightBitHeaders());
        assertEquals("Größe falsch – Rücksendung?", p.subject());
        assertEquals("Jürgen Müller", p.fromName());
    }

    @Test
    void missingDateAndMessageIdAreNotedNotFatal() {
        ParsedMessage p = parser.parse(MalformedCorpus.noDateNoId());
        assertNull(p.sentDate());
        assertNull(p.messageId());
        assertTrue(p.damageNote().contains("no Message-ID") && p.damageNote().contains("no Date"), p.damageNote());
        assertEquals("Just text.", p.textBody().trim());
    }

    @Test
    void aHugeSubjectIsCut() {
        ParsedMessage p = parser.parse(MalformedCorpus.hugeHeader());
        assertEquals(MimeParser.MAX_SUBJECT, p.subject().length());
        assertTrue(p.textBody().contains("Body after a huge header."));
    }

    @Test
    void aForwardedMessageIsKeptAsAnAttachment() {
        ParsedMessage p = parser.parse(MalformedCorpus.nestedRfc822());
        assertTrue(p.textBody().contains("See the carrier's mail below."));
        assertEquals(1, p.attachments().size());
        assertEquals("message/rfc822", p.attachments().get(0).contentType());
    }

    @Test
    void anEmptyMessageIsNotedAsEmpty() {
        ParsedMessage p = parser.parse(new byte[0]);
        assertTrue(p.damageNote().contains("empty message"), p.damageNote());
    }

    @Test
    void quotedPrintableAndBase64AreDecoded() {
        String raw = "From: a@b.c\r\nMessage-ID: <q@x>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=z\r\n\r\n"
                + "--z\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Gr=C3=BC=C3=9Fe, a soft=\r\n break\r\n"
                + "--z\r\nContent-Type: application/pdf; name=a.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--z--\r\n";
        ParsedMessage p = parser.parse(raw.getBytes(StandardCharsets.US_ASCII));
        assertEquals("Grüße, a soft break", p.textBody().trim());
        assertEquals("%PDF-1.4\n", new String(p.attachments().get(0).content(), StandardCharsets.US_ASCII));
        assertNull(p.damageNote());
    }
}
