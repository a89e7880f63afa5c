package com.relaydesk.mail.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FlowedTextTest {

    @Test
    void softBreaksJoinAParagraphAndHardBreaksStay() {
        String wire = "Hello, I ordered the walnut lamp on Monday and it arrived \r\n"
                + "today, but the shade is cracked. \r\n"
                + "Can you send a new one?\r\n"
                + "\r\n"
                + "Thanks\r\n";
        assertEquals("Hello, I ordered the walnut lamp on Monday and it arrived today, but the shade is cracked. "
                + "Can you send a new one?\n\nThanks\n", FlowedText.unflow(wire, false));
    }

    @Test
    void delSpDropsTheSpaceTheSenderAddedToBreakAWord() {
        assertEquals("Unbelievably long word", FlowedText.unflow("Unbeliev \r\nably long word", true));
        assertEquals("Unbeliev ably long word", FlowedText.unflow("Unbeliev \r\nably long word", false));
    }

    @Test
    void quotedParagraphsAreJoinedAtTheirDepthAndAChangeOfDepthEndsTheLine() {
        String wire = ">> Where is my \r\n>> parcel?\r\n> It left on \r\n> Friday.\r\nIt has \r\n>not come.\r\n";
        assertEquals(">> Where is my parcel?\n> It left on Friday.\nIt has \n> not come.\n", FlowedText.unflow(wire, false));
    }

    @Test
    void spaceStuffingIsUndoneAndTheSignatureSeparatorStaysOnItsOwnLine() {
        String wire = " From the shop: \r\n >not a quote\r\n-- \r\nAnna\r\n";
        assertEquals("From the shop: >not a quote\n-- \nAnna\n", FlowedText.unflow(wire, false));
    }

    @Test
    void aFlowedPartIsStoredAsParagraphsAndOtherTextAsWritten() {
        String head = "From: Anna <a@marketplace.amazon.com>\r\nSubject: Lamp\r\nMessage-ID: <f@x>\r\n"
                + "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n";
        String body = "The shade is \r\ncracked.\r\n";
        ParsedMessage flowed = new MimeParser().parse((head + "Content-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n"
                + body).getBytes(StandardCharsets.UTF_8));
        ParsedMessage fixed = new MimeParser().parse((head + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                + body).getBytes(StandardCharsets.UTF_8));
        assertEquals("The shade is cracked.\n", flowed.textBody());
        assertEquals(body, fixed.textBody());
    }
}
