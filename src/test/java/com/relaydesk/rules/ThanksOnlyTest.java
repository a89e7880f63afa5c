package com.relaydesk.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThanksOnlyTest {

    @Test
    void aThankYouInAnyOfTheBuyersLanguagesIsThanksOnly() {
        for (String words : new String[] {"Thanks for getting back to me so quickly, that helps. Harper",
                "¡Muchas gracias por la respuesta tan rápida! Mateo", "Merci beaucoup pour votre réponse rapide. Léa",
                "Vielen Dank für die schnelle Antwort! Jonas", "Thank you!", "Grazie mille, gentilissimi. Giulia",
                "Great, thanks a lot :) Anna"}) {
            assertTrue(ThanksOnly.is(words), words);
        }
    }

    @Test
    void aQuestionARequestOrAProblemAfterTheThanksNeedsAnAnswer() {
        for (String words : new String[] {"Sorry, one more question: does that also apply to the shade? Ethan",
                "Thanks, but it still hasn't arrived. Ben", "Thank you. Could you send the invoice too? Ana",
                "Danke, aber die Lampe ist leider kaputt.", "Merci, mais je n'ai pas reçu le colis.",
                "Gracias, pero todavía no ha llegado.", "Thanks! Please cancel the second one.",
                "Thanks. When will it ship", "Hi, the lamp arrived broken.", "Thanks, it hasn’t arrived.",
                "Thanks! I'd like to change the colour to blue.", "Danke! Ich möchte die Adresse ändern.",
                "Merci, je voudrais changer la couleur.", "Gracias, quisiera cambiar la dirección.", ""}) {
            assertFalse(ThanksOnly.is(words), words);
        }
        assertFalse(ThanksOnly.is(null));
    }

    @Test
    void thanksAboveAQuotedEarlierMessageCountsOnlyTheNewWords() {
        assertTrue(ThanksOnly.is("Thanks a lot! Harper On Mon, 30 Nov 2026 at 10:02, Walnut & Wick wrote: > Could you "
                + "tell us which colour you need?"));
        assertFalse(ThanksOnly.is("Thanks, but which colour? On Mon, 30 Nov 2026, Walnut & Wick wrote: > hello"));
    }

    @Test
    void aLongMessageOrACutPreviewSaysMoreThanThanks() {
        assertFalse(ThanksOnly.is("Thank you so much for the lovely lamp, it looks great in our living room and the "
                + "light is exactly as warm as we hoped for, my partner loves it too and so do our kids and the dog…"));
        assertFalse(ThanksOnly.is("Thanks " + "very ".repeat(40) + "much"));
    }
}
