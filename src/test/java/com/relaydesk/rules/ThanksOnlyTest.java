package com.relaydesk.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.model.MessageSummary;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ThanksOnlyTest {

    /** A buyer's words as the row shows them, in a reply ("Re: …"), from a buyer of that name. */
    record Words(String language, String text, String buyer) {
        @Override
        public String toString() {
            return language + ": " + text;
        }
    }

    static Stream<Words> thankYous() {
        return Stream.of(
                new Words("en", "Thanks for getting back to me so quickly, that helps. Harper", "Harper Lee"),
                new Words("en", "Thank you, arrived safely!", null),
                new Words("en", "Thank you!", null),
                new Words("en", "Great, thanks a lot :) Anna", "Anna Berg"),
                new Words("en", "Hi, received it today, thank you so much! Best regards, Oliver Smith", "Oliver Smith"),
                new Words("en", "Many thanks for the quick reply. Kind regards Emma", "Emma Jones"),
                new Words("en", "Perfect, thank you very much for your help! Cheers, Liam", "Liam Brown"),
                new Words("en", "Thanks, 113-0000000-0000004 arrived, all good now.", "Dana Cole"),
                new Words("de", "Vielen Dank für die schnelle Antwort! Jonas", "Jonas Müller"),
                new Words("de", "Vielen Dank, alles angekommen!", null),
                new Words("de", "Hallo, Paket ist heute gut angekommen. Danke schön und viele Grüße, Sabine", "Sabine Weber"),
                new Words("de", "Super, danke! LG Lukas", "Lukas Becker"),
                new Words("fr", "Merci beaucoup !", null),
                new Words("fr", "Merci beaucoup pour votre réponse rapide. Léa", "Léa Martin"),
                new Words("fr", "Bonjour, colis bien reçu, merci de votre rapidité. Cordialement, Chloé", "Chloé Dubois"),
                new Words("fr", "C'est parfait, merci encore ! Bonne journée", null),
                new Words("es", "¡Muchas gracias por la respuesta tan rápida! Mateo", "Mateo García"),
                new Words("es", "Hola, el paquete ya ha llegado. ¡Gracias! Un saludo, Lucía", "Lucía López"),
                new Words("es", "Perfecto, muchas gracias por su ayuda. Saludos", null),
                new Words("it", "Grazie mille, gentilissimi. Giulia", "Giulia Rossi"),
                new Words("it", "Il pacco è arrivato oggi, grazie! Cordiali saluti, Marco", "Marco Bianchi"),
                new Words("it", "Perfetto, grazie per la rapida risposta!", null),
                new Words("nl", "Bedankt voor de snelle reactie! Groetjes, Daan", "Daan de Vries"),
                new Words("nl", "Alles goed ontvangen, hartelijk dank.", null));
    }

    /** Requests, questions and problems that end or begin with a thanks: each must keep the mark off. */
    static Stream<Words> requests() {
        return Stream.of(
                // QA's finds in the demo: an address correction and an engraving instruction
                new Words("de", "Hallo, bei meiner Bestellung fehlt die Hausnummer. Es muss Hauptstraße 12 heißen, "
                        + "Hamburg. Danke, Anna", "Anna Schmidt"),
                new Words("de", "Hallo, bei meiner Bestellung fehlt die Hausnummer. Es muss Hauptstraße 12 heißen, "
                        + "Köln. Danke, Jan", "Jan Hoffmann"),
                new Words("fr", "Bonjour, pour Lampe en noyer, merci de graver « Maison Laurent ». Croquis en pièce "
                        + "jointe. Camille", "Camille Laurent"),
                // the same without the number: words alone must do
                new Words("de", "Die Hausnummer fehlt, es muss Hauptstraße heißen. Danke, Anna", "Anna Schmidt"),
                new Words("fr", "Merci de graver « Maison Laurent ». Camille", "Camille Laurent"),
                new Words("fr", "Merci de m'envoyer la facture. Léa", "Léa Martin"),
                new Words("fr", "Merci, mais je n'ai pas reçu le colis.", null),
                new Words("fr", "Merci d'avance pour l'envoi rapide.", null),
                new Words("fr", "Merci de changer l'adresse : rue Victor Hugo, Lyon. Merci !", null),
                new Words("en", "Thanks, but it still hasn't arrived. Ben", "Ben Hall"),
                new Words("en", "Thank you. Could you send the invoice too? Ana", "Ana Silva"),
                new Words("en", "Thanks! Please cancel the second one.", null),
                new Words("en", "Thanks. When will it ship", null),
                new Words("en", "Thanks, it hasn’t arrived.", null),
                new Words("en", "Thanks! I'd like to change the colour to blue.", null),
                new Words("en", "Please engrave \"The Hendersons\". Thanks, Ruth", "Ruth Henderson"),
                new Words("en", "Ship it to my office instead. Thanks!", null),
                new Words("en", "Thanks in advance!", null),
                new Words("en", "Thanks, it's flat 4B, 12 Mill Lane.", null),
                new Words("en", "Thank you, arrived broken.", null),
                new Words("en", "Thanks for the reply, I'll wait for the refund.", null),
                new Words("de", "Danke für die Antwort, aber die Lampe ist leider kaputt.", null),
                new Words("de", "Danke! Ich möchte die Adresse ändern.", null),
                new Words("de", "Bitte die Rechnung schicken. Danke, Paul", "Paul Weber"),
                new Words("de", "Danke, ist noch nicht angekommen.", null),
                new Words("de", "Vielen Dank im Voraus!", null),
                new Words("es", "Gracias, pero todavía no ha llegado.", null),
                new Words("es", "Gracias, quisiera cambiar la dirección.", null),
                new Words("es", "Me equivoqué de piso en la dirección de Sevilla: es 3º B, no 2º B. Gracias, Lucía",
                        "Lucía López"),
                new Words("es", "Por favor, envíen la factura. Gracias", null),
                new Words("it", "Grazie, ma non è ancora arrivato.", null),
                new Words("it", "Per favore incidete «Casa Rossi». Grazie, Marco", "Marco Bianchi"),
                new Words("it", "Vorrei cambiare indirizzo, grazie.", null),
                new Words("nl", "Bedankt, maar het pakket is niet aangekomen.", null),
                new Words("nl", "Kunt u de factuur sturen? Bedankt", null),
                new Words("en", "Sorry, one more question: does that also apply to the shade? Ethan", "Ethan Ward"),
                new Words("en", "Hi, the lamp arrived broken.", null),
                new Words("en", "", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("thankYous")
    void aThankYouInAnyOfTheBuyersLanguagesIsThanksOnly(Words words) {
        assertTrue(ThanksOnly.is(words.text(), "Re: Your order", words.buyer(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void aRequestAQuestionOrAProblemBesideTheThanksNeedsAnAnswer(Words words) {
        assertFalse(ThanksOnly.is(words.text(), "Re: Your order", words.buyer(), false));
    }

    @Test
    void aThankYouWithAFileAttachedIsNotThanksOnly() {
        assertTrue(ThanksOnly.is("Merci beaucoup !", "Re: Gravure", null, false));
        assertFalse(ThanksOnly.is("Merci beaucoup !", "Re: Gravure", null, true), "a sketch, a photo wants a look");
    }

    @Test
    void theSubjectOfANewMessageIsTheBuyersWordsTooTheSubjectOfAReplyIsNot() {
        assertFalse(ThanksOnly.is("Thank you!", "Please cancel my order", null, false));
        assertFalse(ThanksOnly.is("Danke!", "Rechnung benötigt (Bestellung: 302-1234567-1234567)", null, false));
        assertTrue(ThanksOnly.is("Thank you!", "Re: Please cancel my order", null, false));
        assertTrue(ThanksOnly.is("Danke!", "AW: Rechnung benötigt", null, false));
        assertTrue(ThanksOnly.is("Thank you!", "Thank you", null, false));
    }

    @Test
    void theBuyersNameSignsTheThanksAnotherNameIsMoreWords() {
        assertTrue(ThanksOnly.is("Thanks a lot! Harper", "Re: Lamp", "Harper Lee", false));
        assertFalse(ThanksOnly.is("Thanks a lot! Harper", "Re: Lamp", null, false), "unknown: it could be anything");
        assertFalse(ThanksOnly.is("Thanks, refund", "Re: Lamp", "Harper Lee", false));
    }

    @Test
    void aListedRowIsJudgedOnItsPreviewSubjectBuyerAndFiles() {
        Instant at = Instant.parse("2026-11-30T09:00:00Z");
        assertTrue(ThanksOnly.is(new MessageSummary(1, "Dana Cole", null, "Re: Lamp", "Thanks! Dana", at, true, false)));
        assertFalse(ThanksOnly.is(new MessageSummary(2, "Dana Cole", null, "Re: Lamp", "Thanks! Dana", at, true, true)));
    }

    @Test
    void thanksAboveAQuotedEarlierMessageCountsOnlyTheNewWords() {
        assertTrue(ThanksOnly.is("Thanks a lot! Harper On Mon, 30 Nov 2026 at 10:02, Walnut & Wick wrote: > Could you "
                + "tell us which colour you need?", "Re: Lamp", "Harper Lee", false));
        assertTrue(ThanksOnly.is("Vielen Dank! Am 30.11.2026 um 10:02 schrieb Walnut & Wick: > Wir haben …",
                "AW: Lampe", null, false));
        assertFalse(ThanksOnly.is("Thanks, but which colour? On Mon, 30 Nov 2026, Walnut & Wick wrote: > hello",
                "Re: Lamp", null, false));
        assertFalse(ThanksOnly.is("Thanks! On Monday I wrote: please send it to my office instead.", "Re: Lamp",
                null, false), "a buyer's own 'I wrote:' starts no quote");
    }

    @Test
    void aLongMessageOrACutPreviewSaysMoreThanThanks() {
        assertFalse(ThanksOnly.is("Thank you so much for the lovely lamp, it looks great in our living room and the "
                + "light is exactly as warm as we hoped for, my partner loves it too and so do our kids and the dog…",
                "Re: Lamp", null, false));
        assertFalse(ThanksOnly.is("Thanks " + "very ".repeat(40) + "much", "Re: Lamp", null, false));
        assertFalse(ThanksOnly.is("Thank you so much, Harper…", "Re: Lamp", "Harper Lee", false));
        assertFalse(ThanksOnly.is(null, "Re: Lamp", null, false));
    }

    @Test
    void greetingsAndPraiseWithoutAThanksAreNotAThankYou() {
        assertFalse(ThanksOnly.is("Hello! Great, perfect. Best regards", "Re: Lamp", null, false));
    }
}
