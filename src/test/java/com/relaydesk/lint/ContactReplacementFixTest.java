package com.relaydesk.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.lint.text.ContactLeadIn;
import com.relaydesk.rules.RuleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * C6's "Replace with" fix takes the words that introduce the phone number or address with it, so
 * the reply still reads as a sentence: "call us at reply to this message" went to buyers before.
 */
class ContactReplacementFixTest {

    private final Linter linter = Linter.standard();

    private String replaced(String text) {
        Draft draft = Draft.reply("Re: your order", text);
        Finding finding = linter.lint(draft).findings().stream().filter(f -> f.ruleId() == RuleId.C6).findFirst()
                .orElseThrow();
        Fix first = finding.fixes().get(0);  // the other is "Drop the sentence"
        return draft.apply(first).text();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hola Carmen, hemos cancelado el pedido. Si tiene dudas llame al +34 612 345 678 o visite la tienda. | Hola Carmen, hemos cancelado el pedido. Si tiene dudas responda a este mensaje o visite la tienda.
            Call us on +49 30 1234567 and we sort it out.                                    | Reply to this message and we sort it out.
            We cancelled it. Call me at +1 415 555 0199 if anything is wrong.                | We cancelled it. Reply to this message if anything is wrong.
            If anything is wrong with the lamp, just call us at +1 415 555 0199 today.       | If anything is wrong with the lamp, just reply to this message today.
            Ring (555) 123-4567 any time.                                                    | Reply to this message any time.
            Reach me on WhatsApp 0049 170 1234567 any time.                                  | Reply to this message any time.
            Text us on seven seven zero zero nine zero zero one two three.                   | Reply to this message.
            You can also message us on WhatsApp at +44 7700 900123 if you like.              | You can also reply to this message if you like.
            Questions? Contact us via Telegram: +44 7700 900123.                              | Questions? Reply to this message.
            Mail me: anna.berg@myshop.de                                                     | Reply to this message
            Hi, write to help [at] walnutwick dot com. Thanks.                               | Hi, reply to this message. Thanks.
            Thanks for your order. Our hotline number is +44 20 7946 0958.                   | Thanks for your order. Reply to this message.
            Thanks for your order.\\nPhone: +44 20 7946 0958                                 | Thanks for your order.\\nReply to this message
            Die Rechnung ist im Anhang. Bei Fragen rufen Sie uns gerne unter 030 1234567 an, wir helfen Ihnen. | Die Rechnung ist im Anhang. Bei Fragen antworten Sie auf diese Nachricht, wir helfen Ihnen.
            Bonjour Madame, merci pour votre message. Votre commande est annulée. Pour toute question, appelez-nous au 01 23 45 67 89. | Bonjour Madame, merci pour votre message. Votre commande est annulée. Pour toute question, répondez à ce message.
            Abbiamo annullato l'ordine. Per domande ci chiami al 02 1234 5678, grazie.       | Abbiamo annullato l'ordine. Per domande risponda a questo messaggio, grazie.
            Hallo, bedankt voor uw bericht. Ik heb uw bestelling geannuleerd. Bel ons op 020 123 4567 als er iets is. | Hallo, bedankt voor uw bericht. Ik heb uw bestelling geannuleerd. Beantwoord dit bericht als er iets is.
            """)
    void theWordsThatIntroduceTheContactDetailGoWithIt(String written, String fixed) {
        assertEquals(fixed.replace("\\n", "\n"), replaced(written.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hola Carmen, hemos cancelado el pedido. Si tiene dudas responda a este mensaje o escríbanos a tienda@walnut-wick.example. Gracias. | Hola Carmen, hemos cancelado el pedido. Si tiene dudas responda a este mensaje. Gracias.
            Sorry for the wait. Reply to this message or call us on +44 20 7946 0958.         | Sorry for the wait. Reply to this message.
            """)
    void aSecondContactDetailAfterAFixedOneGoesWithItsConjunction(String written, String fixed) {
        // Not "responda a este mensaje o responda a este mensaje".
        assertEquals(fixed, replaced(written));
        Finding finding = linter.lint(Draft.reply("Re: your order", written)).findings().get(0);
        assertTrue(finding.fixes().get(0).label().startsWith("Remove it: the reply already says"),
                finding.fixes().get(0).label());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Your parcel left today; the courier's line is +44 20 7946 0958.  | Your parcel left today; the courier's line is reply to this message.
            Please recall that +44 20 7946 0958 is closed on Sundays.        | Please recall that reply to this message is closed on Sundays.
            """)
    void withoutSuchWordsOnlyTheContactDetailIsReplaced(String written, String fixed) {
        // "recall" ends in "call" but is not an invitation to call: only whole words introduce it.
        assertEquals(fixed, replaced(written));
    }

    @Test
    void aNameInMidSentenceIsNoSentenceStartForTheReplacement() {
        // "WhatsApp" is written with a capital; that does not make "reply to this message" begin a sentence.
        String text = "Ping me on WhatsApp 0049 170 1234567 today.";
        assertEquals("reply to this message", ContactLeadIn.fitted("reply to this message", text, text.indexOf("WhatsApp")));
        assertEquals("Reply to this message", ContactLeadIn.fitted("reply to this message", "Hotline: Call 0171 2345678", 9));
    }
}
