package com.relaydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BuyerLanguageTest {

    private static final String SPANISH_ALIAS = "9yb06lt0rl4yf@marketplace.amazon.es";

    @Test
    void whatTheBuyerWroteDecidesWhenItsWordsAreClear() {
        assertEquals("es", BuyerLanguage.of(null, "Hola, por favor cancelen este pedido, lo hice por error.\n\nCarmen"));
        assertEquals("de", BuyerLanguage.of(null, "Guten Tag, bitte senden Sie mir eine Rechnung mit ausgewiesener MwSt."));
        assertEquals("fr", BuyerLanguage.of(null, "Bonjour, pourriez-vous m'envoyer une facture pour la lampe ?"));
        assertEquals("en", BuyerLanguage.of(null, "Hi, could you send me a VAT invoice for the Teak Holder? It's for my business."));
        assertEquals("it", BuyerLanguage.of(null, "Buongiorno, vorrei sapere quando arriva il mio ordine. Grazie"));
    }

    @Test
    void aBuyerOnAGermanMarketplaceWhoWritesEnglishIsAnsweredInEnglish() {
        assertEquals("en", BuyerLanguage.of("abcdefgh12@marketplace.amazon.de",
                "Hello, I live in Berlin but my German is poor. When will my order arrive?"));
    }

    @Test
    void tooFewWordsLeaveItToTheMarketplaceOfTheAlias() {
        assertNull(BuyerLanguage.writtenIn("¡Gracias!"));
        assertEquals("es", BuyerLanguage.of(SPANISH_ALIAS, "¡Gracias!"));
        assertEquals("es", BuyerLanguage.of("Carmen Torres <9YB06LT0RL4YF@Marketplace.Amazon.com.MX>", ""));
        assertEquals("de", BuyerLanguage.of("abcdefgh12@marketplace.amazon.de", null));
        assertEquals("en", BuyerLanguage.of("abcdefgh12@marketplace.amazon.co.uk", "OK"));
    }

    @Test
    void mixedWordsWithoutAClearLeadDoNotDecide() {
        assertNull(BuyerLanguage.writtenIn("Hello and thanks, merci pour la commande, vous"));
    }

    @Test
    void anAddressThatIsNoAliasOrNothingAtAllMeansEnglish() {
        assertEquals("en", BuyerLanguage.of("notice@amazon.de", "Lieferung"));
        assertEquals("en", BuyerLanguage.of(null, null));
    }

    @Test
    void theLanguageIsNamedInEnglishForTheSeller() {
        assertEquals("Spanish", BuyerLanguage.displayName("es"));
        assertEquals("German", BuyerLanguage.displayName("de"));
    }
}
