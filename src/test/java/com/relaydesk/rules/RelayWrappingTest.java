package com.relaydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The relay's wrapping taken off for the list: the buyer's name and the first of their words. */
class RelayWrappingTest {

    private static final String FORWARDED = """
            ------------- Message: -------------

            Hi,

            Is there any way to get a new tracking number?

            ------------- End message -------------

            On Sun, 19 May 2024 02:31:45 +0000, Northwind Home Goods wrote:
            > earlier mail""";

    @Test
    void theEnclosedWordsRunFromTheOpeningBannerToTheClosingOneOrTheFooter() {
        assertEquals("\nHi,\n\nIs there any way to get a new tracking number?\n\n", RelayWrapping.enclosedWords(FORWARDED));
        assertEquals("Where is it?\n", RelayWrapping.enclosedWords("""
                ------------- Message: -------------
                Where is it?
                For Your Information: To help arrive at a resolution, please respond within 24 hours."""));
        assertNull(RelayWrapping.enclosedWords("Hello, no banner here.\n" + "x".repeat(400)
                + "\n------------- Message: -------------"), "a banner only counts near the top");
        assertNull(RelayWrapping.enclosedWords("Thanks.\n-----Original Message-----\nFrom: Noah"),
                "Outlook's line above the mail it quotes is no banner of the relay's");
    }

    @Test
    void theFooterStartsOnlyAtTheStartOfALine() {
        String text = "Words. To respond to this customer, reply to this e-mail\nTo respond to this customer, reply to this e-mail or";
        assertEquals(text.indexOf('\n') + 1, RelayWrapping.footerStart(text));
        assertEquals(4, RelayWrapping.footerStart("abc\n"));
    }

    @Test
    void theBuyersNameLosesTheMarketplaceSuffixAndNothingElse() {
        assertEquals("Aisha", RelayWrapping.buyerName("Aisha - Amazon Marketplace"));
        assertEquals("Jean-Luc Picard", RelayWrapping.buyerName("Jean-Luc Picard – amazon marketplace "));
        assertEquals("Marketplace Goods Ltd", RelayWrapping.buyerName("Marketplace Goods Ltd"));
        assertNull(RelayWrapping.buyerName(" - Amazon Marketplace"));
        assertNull(RelayWrapping.buyerName(null));
    }

    @Test
    void thePreviewStartsWithTheBuyersWordsAndStopsAtTheClosingBanner() {
        assertEquals("\n\nHi,\n\nIs there any way to get a new tracking number?\n\n",
                RelayWrapping.messageStart(FORWARDED));
    }

    @Test
    void aTextWithoutBannerOrWithOneFarDownIsLeftAsItIs() {
        assertEquals("Hello, where is my parcel?", RelayWrapping.messageStart("Hello, where is my parcel?"));
        String late = "x".repeat(500) + "\n------------- Message: -------------\nlater";
        assertEquals(late, RelayWrapping.messageStart(late));
        String onlyBanner = "------------- Message: -------------\n  \n";
        assertEquals(onlyBanner, RelayWrapping.messageStart(onlyBanner), "nothing after it: the text itself");
    }
}
