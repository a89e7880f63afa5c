package com.relaydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void everyWordMustBeInTheMessageAndTheLastIsAPrefix() {
        assertEquals("\"broken\" \"zip\" *", SearchQuery.toFts("  broken   zip "));
    }

    @Test
    void aWordWithPunctuationInsideIsSearchedAsAllOfItsParts() {
        assertEquals("\"113\" \"4455667\" \"8899001\" *", SearchQuery.toFts("113-4455667-8899001"));
        assertEquals("\"ab12cd\" \"marketplace\" \"amazon\" \"com\" *", SearchQuery.toFts("ab12cd@marketplace.amazon.com"));
    }

    @Test
    void quotesAndOperatorsTypedByTheSellerNeverReachTheQueryAsSyntax() {
        assertEquals("", SearchQuery.toFts("\"(*) - + ^ :"));
        assertEquals("\"size\" \"NEAR\" \"colour\" *", SearchQuery.toFts("size\" NEAR( colour*"));
        assertEquals("", SearchQuery.toFts(null));
    }

    @Test
    void lettersOfEveryScriptNumbersAndCombiningMarksStayInTheirWord() {
        assertEquals("\"Größe\" \"½\" *", SearchQuery.toFts("Größe ½"));
        assertEquals("\"Cafe\u0301\" *", SearchQuery.toFts("Cafe\u0301"));
        assertEquals("\"注文\" \"𝟙\" *", SearchQuery.toFts("注文 𝟙"));
        assertTrue(SearchQuery.isTokenCharacter('x'));
        assertFalse(SearchQuery.isTokenCharacter('-'));
        assertFalse(SearchQuery.isTokenCharacter('"'));
    }
}
