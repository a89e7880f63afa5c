package com.relaydesk.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dictionaries RelayDesk carries, on the words of real replies. */
class SpellCheckerTest {

    private static Dictionaries dictionaries;

    @BeforeAll
    static void find() {
        dictionaries = Dictionaries.find(Path.of("no-such-folder"), List.of());
    }

    private static SpellChecker checker(String tag) {
        return dictionaries.load(dictionaries.available().stream().filter(d -> d.tag().equals(tag)).findFirst().orElseThrow());
    }

    private static List<String> misspelled(SpellChecker checker, String text) {
        return checker.check(text, word -> false).stream().map(Misspelling::word).toList();
    }

    @Test
    void findsTheTyposOfAReplyAndWhereTheyAre() {
        String text = "Hi Carmen, thankyou for your ordr. It will ship tomorow.";
        List<Misspelling> found = checker("en_US").check(text, word -> false);
        assertEquals(List.of("thankyou", "ordr", "tomorow"), found.stream().map(Misspelling::word).toList());
        Misspelling ordr = found.get(1);
        assertEquals("ordr", text.substring(ordr.start(), ordr.end()));
    }

    @Test
    void leavesOutOrderIdsTrackingLinksAddressesFieldsCodesAndBrands() {
        String text = "Your order 111-1514955-4770407 went with DHL (1Z999AA10123456784): "
                + "https://track.example/xyzzy, write to help@shop.example. {{order.id}} SKU-QWRTZ eBay AirPods "
                + "don't it's Wednesday's parcel isn't here";
        assertEquals(List.of(), misspelled(checker("en_US"), text));
    }

    @Test
    void britishAndAmericanSpellingDiffer() {
        assertEquals(List.of("colour"), misspelled(checker("en_US"), "The colour of the box."));
        assertEquals(List.of("color"), misspelled(checker("en_GB"), "The color of the box."));
    }

    @Test
    void otherLanguagesWithTheirAccentsAndElisions() {
        assertEquals(List.of("pedidoo"), misspelled(checker("es"), "Hola, su pedidoo llegará el miércoles."));
        assertEquals(List.of("commnde"), misspelled(checker("fr"), "Votre commnde arrive à l’adresse indiquée."));
        assertEquals(List.of(), misspelled(checker("nl"), "Uw bestelling is onderweg."));
    }

    @Test
    void wordsTheSellerKnowsAreNotMarked() {
        assertEquals(List.of(), checker("en_US").check("The Walnutwick lamp", word -> word.equalsIgnoreCase("walnutwick")));
        assertEquals(List.of("Walnutwick"), misspelled(checker("en_US"), "The Walnutwick lamp"));
    }

    @Test
    void suggestsTheWordMeantFirst() {
        assertEquals("tomorrow", checker("en_US").suggest("tomorow").get(0));
        assertTrue(checker("en_US").suggest("ordr").contains("order"));
        assertTrue(checker("en_US").suggest("ordr").size() <= SpellChecker.SUGGESTIONS);
        assertFalse(checker("en_US").knows("ordr"));
    }

    @Test
    void aDoubledLetterTypedOnceIsTheLikelySlip() {
        // Hunspell alone offers drive, dress, shied and "ref feral" first
        for (String[] pair : new String[][] {{"arive", "arrive"}, {"adress", "address"}, {"shiped", "shipped"},
                {"refferal", "referral"}, {"untill", "until"}, {"thankyou", "thank you"}, {"recieved", "received"}}) {
            assertEquals(pair[1], checker("en_US").suggest(pair[0]).get(0), pair[0]);
        }
    }
}
