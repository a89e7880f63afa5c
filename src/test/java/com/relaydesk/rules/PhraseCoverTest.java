package com.relaydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseCoverTest {

    private final PhraseCover cover = new PhraseCover(List.of("thank you (so much|)", "merci (beaucoup|)"),
            List.of("(hi|hello)", "(de|pour) votre (réponse|aide)", "so"));

    @Test
    void groupsSpellEveryChoiceAndAnEmptyOneMakesThemOptional() {
        assertEquals(List.of("a b d", "a c d", "a d"), PhraseCover.expand("a (b|c|) d").stream()
                .map(spelled -> String.join(" ", PhraseCover.words(spelled))).toList());
    }

    @Test
    void wordsAreLowerCaseRunsOfLettersOrDigitsApostrophesBreakThem() {
        assertEquals(List.of("c", "est", "hauptstraße", "12", "n", "t", "élan"),
                PhraseCover.words("C'est Hauptstraße 12, n’t ÉLAN!"));
    }

    @Test
    void aTextIsCoveredWhenItsWordsSplitIntoPhrasesWithAtLeastOneThanks() {
        assertTrue(cover.covers(PhraseCover.words("Hi! Thank you so much"), Set.of()));
        assertTrue(cover.covers(PhraseCover.words("Merci beaucoup de votre aide. Léa"), Set.of("léa")));
        assertFalse(cover.covers(PhraseCover.words("Merci de graver"), Set.of()), "graver is no phrase");
        assertFalse(cover.covers(PhraseCover.words("Merci beaucoup. Léa"), Set.of()), "nor is an unknown name");
        assertFalse(cover.covers(PhraseCover.words("Hello, so"), Set.of()), "no thanks in it");
    }
}
