package com.relaydesk.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A buyer message that only says thank you — "Thanks for getting back to me so quickly", "¡Muchas
 * gracias!" — needs no answer; the seller marks it No Response Needed (E2) rather than writing a
 * stand-alone thank-you back, which the marketplace counts as a message that is not critical (C2).
 * RelayDesk only points such messages out; marking stays the seller's call.
 *
 * <p>Cautious on purpose: a question mark, a request, a "but" or a "still", or more than a couple
 * of short sentences, and it is not "thanks only" — a missed thank-you costs a key press, a buyer
 * whose "thanks, but it is still not here" is set aside costs a customer.
 */
public final class ThanksOnly {

    /** Longer than this, a message says more than thanks. */
    static final int MAX_LENGTH = 160;

    private static final Pattern THANKS = Pattern.compile("(?<![\\p{L}])(thanks|thank you|thx|cheers|much appreciated"
            + "|danke|vielen dank|herzlichen dank|merci|gracias|grazie|bedankt|dank je|dank u)(?![\\p{L}])");

    /** Words that ask for something, report a problem or turn the thanks around. */
    private static final Pattern MORE = Pattern.compile("(?<![\\p{L}])(please|pls|could|can|would|will|but|however"
            + "|still|not|no|never|yet|when|where|why|how|problem|issue|refund|return|cancel|wrong|broken|damaged"
            + "|missing|help|need|question|like|want|wish|change|send|instead|exchange|replace|update|address"
            + "|bitte|aber|noch|nicht|kein|keine|leider|wann|wo|warum|wie|frage|möchte|ändern|schicken|senden"
            + "|voudrais|changer|envoyer|quisiera|cambiar|enviar|vorrei|cambiare|inviare"
            + "|mais|pourriez|pouvez|toujours|pas|jamais|quand|où|pourquoi|comment|question|problème"
            + "|pero|podrían|puede|pueden|todavía|nunca|cuándo|dónde|por qué|cómo|pregunta|problema"
            + "|ma|potete|ancora|non|quando|dove|perché|come|domanda|maar|nog|niet|wanneer|waar)(?![\\p{L}])");

    /** Where an earlier message quoted below begins, in the languages the relay's buyers write. */
    private static final Pattern QUOTE_HEADER = Pattern.compile("(?i)(^|\\s)(>|on .{1,80} wrote:|am .{1,80} schrieb"
            + "|le .{1,80} a écrit|el .{1,80} escribió|-{3,}\\s*original)");

    private ThanksOnly() {
    }

    /** Whether the buyer's own words (the row's preview, or the message's text) are only a thank-you. */
    public static boolean is(String words) {
        if (words == null) {
            return false;
        }
        String own = words;
        java.util.regex.Matcher quote = QUOTE_HEADER.matcher(own);
        if (quote.find()) {
            own = own.substring(0, quote.start());
        }
        own = own.strip();
        if (own.isEmpty() || own.length() > MAX_LENGTH || own.endsWith("…") || own.indexOf('?') >= 0
                || own.indexOf('¿') >= 0) {
            return false;
        }
        String lower = own.toLowerCase(Locale.ROOT);
        return THANKS.matcher(lower).find() && !MORE.matcher(lower).find() && !lower.contains("n't")
                && !lower.contains("n’t");
    }
}
