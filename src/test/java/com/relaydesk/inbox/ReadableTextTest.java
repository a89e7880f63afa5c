package com.relaydesk.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The reading pane's first view of a message: the writer's own words, the wrapping and quoted mail one click away. */
class ReadableTextTest {

    /** As the relay forwards a buyer's message (the shape of the bench mailbox and the guide's example). */
    private static final String FORWARDED = """
            ------------- Message: -------------

            Good morning,

            The tracking has not updated for four days.
            Could you check with the carrier?

            Noah

            ------------- End message -------------

            On Sat, 30 Dec 2023 13:06:04 +0000, Northwind Home Goods <support@northwind-home.example> wrote:
            > Thank you for reaching out about your order.

            For Your Information: To help arrive at a resolution, please respond within 24 hours.
            If this message does not need a reply, select "No response needed" in your seller account.

            To respond to this customer, reply to this e-mail or visit your seller account:
            https://sellercentral.amazon.com/messaging/inbox
            """;

    @Test
    void aForwardedMessageShowsOnlyTheBuyersWords() {
        ReadableText readable = ReadableText.of(FORWARDED);
        assertEquals("Good morning,\n\nThe tracking has not updated for four days.\nCould you check with the carrier?\n\nNoah",
                readable.words());
        assertTrue(readable.shortened());
    }

    @Test
    void lineEndsOfTheWireReadTheSame() {
        ReadableText readable = ReadableText.of(FORWARDED.replace("\n", "\r\n"));
        assertEquals("Good morning,\r\n\r\nThe tracking has not updated for four days.\r\nCould you check with the carrier?"
                + "\r\n\r\nNoah", readable.words());
        assertTrue(readable.shortened());
    }

    @Test
    void withoutAClosingBannerTheWordsEndAtTheQuotedMailOrTheFooter() {
        String open = """
                ------------- Message: -------------
                Where is my parcel?

                On Mon, 1 Jan 2024, Northwind Home Goods wrote:
                > It left our warehouse today.
                """;
        assertEquals("Where is my parcel?", ReadableText.of(open).words());
        String footerOnly = """
                ------------- Message: -------------
                Where is my parcel?
                To respond to this customer, reply to this e-mail or visit your seller account:
                """;
        assertEquals("Where is my parcel?", ReadableText.of(footerOnly).words());
    }

    @Test
    void aReplyLosesTheEarlierMailQuotedBelowIt() {
        String reply = """
                Hi Noah,

                a replacement left today.

                On Sat, 30 Dec 2023 13:06:04 +0000, Noah
                <qkvwwqn2gyfk@marketplace.amazon.com> wrote:
                > The box was crushed.
                >
                > Noah

                On Fri, 29 Dec 2023, Northwind Home Goods wrote:
                > Sorry for the trouble.
                """;
        ReadableText readable = ReadableText.of(reply);
        assertEquals("Hi Noah,\n\na replacement left today.", readable.words());
        assertTrue(readable.shortened());
    }

    @Test
    void attributionsInOtherLanguagesAndOutlooksOriginalMessageCountToo() {
        assertEquals("Gracias, ya está enviado.", ReadableText.of("""
                Gracias, ya está enviado.

                El 3 may 2024, Sofía García escribió:
                > ¿Dónde está mi pedido?
                """).words());
        assertEquals("Thanks for waiting.", ReadableText.of("""
                Thanks for waiting.

                -----Original Message-----
                From: Noah
                Sent: Monday
                Where is it?
                """).words());
    }

    @Test
    void anAnswerWrittenBetweenQuotedLinesStaysWhole() {
        String inline = """
                On Mon, 1 Jan 2024, Noah wrote:
                > Is it dishwasher safe?
                Yes, top rack.
                > And the size?
                30 cm.
                """;
        ReadableText readable = ReadableText.of(inline);
        assertEquals(inline.strip(), readable.words());
        assertFalse(readable.shortened());
    }

    @Test
    void aPlainMessageOrOneThatIsAllQuoteIsShownWhole() {
        assertEquals(new ReadableText("Hello, where is my parcel?", false),
                ReadableText.of("\n\nHello, where is my parcel?\n"));
        String allQuoted = "On Mon, Noah wrote:\n> Where is it?\n";
        assertEquals(new ReadableText(allQuoted.strip(), false), ReadableText.of(allQuoted));
        assertEquals(new ReadableText("", false), ReadableText.of(null));
    }

    @Test
    void aMessagesWordsComeFromItsHtmlWhenItHasNoPlainBodyAndFromItsBeginningWhenItIsHuge() {
        assertEquals("Where is my parcel?", ReadableText.ofMessage("", "<p>Where is my parcel?</p><script>x()</script>").words());
        String huge = "word ".repeat(ReadableText.MESSAGE_LIMIT);
        assertEquals(ReadableText.MESSAGE_LIMIT - 1, ReadableText.ofMessage(huge, null).words().length(),
                "the first characters, without the trailing space");
    }

    @Test
    void aColonLineTheWritersOwnTextEndsWithIsNotTakenForAnAttribution() {
        String text = """
                Here is what you asked:
                the lamp is 30 cm tall.

                > What size is the lamp?
                """;
        assertEquals("Here is what you asked:\nthe lamp is 30 cm tall.", ReadableText.of(text).words());
    }
}
