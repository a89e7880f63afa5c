package com.relaydesk.lint.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that introduce a phone number or e-mail address — "call us at", "Tel.:", "llame al",
 * "rufen Sie uns unter … an" — so a fix replaces them together with it. Replacing the number alone
 * left "call us at reply to this message" for the buyer to read. In the languages the linter reads
 * (English, German, French, Spanish, Italian, Dutch); where none of these words come first, the
 * span is the contact detail alone.
 */
public final class ContactLeadIn {

    /** How far back a lead-in may start: the longest phrase below with some white space. */
    private static final int LOOK_BACK = 80;

    /** A messenger named between the verb and the number: "reach me on WhatsApp 0049 …". */
    private static final String CHANNEL = "(?:whats\\s?app|signal|telegram|viber|skype)";
    private static final String ENGLISH_VERB = "(?:please\\s+)?(?:give\\s+(?:us|me)\\s+a\\s+(?:call|ring)|call|ring|phone|text"
            + "|whats\\s?app|contact|reach|e-?mail|mail|write|message)"
            + "(?:\\s+(?:us|me|our\\s+(?:team|office|shop|store|support|customer\\s+(?:service|support)(?:\\s+team)?)))?"
            + "(?:\\s+(?:directly|anytime|any\\s+time))?"
            + "(?:(?:\\s+(?:at|on|via|through|by))?\\s+" + CHANNEL + "(?:\\s+(?:at|on|under)|\\s*:)?"
            + "|\\s+(?:at|on|via|to|under)|\\s*:)?";
    private static final String ENGLISH_LABEL = "(?:(?:our|my)\\s+)?(?:(?:phone|telephone|mobile|cell|contact|whats\\s?app|hotline|helpline|service|support)\\s+)?"
            + "(?:number|no\\.?|phone|telephone|tel\\.?|mobile|e-?mail(?:\\s+address)?)\\s*(?:is|:)";
    private static final String GERMAN = "(?:(?:rufen|schreiben|kontaktieren|erreichen)\\s+sie\\s+(?:uns|mich|mir)"
            + "(?:\\s+(?:gerne?|jederzeit|einfach|bitte))?(?:\\s+(?:unter|an))?"
            + "|(?:(?:unsere|meine)\\s+)?(?:telefonnummer|telefon|tel\\.?|handynummer|handy|nummer|e-?mail(?:-adresse)?)"
            + "\\s*(?:ist|lautet|:))";
    private static final String FRENCH = "(?:(?:appelez|contactez|[eé]crivez|joignez|t[eé]l[eé]phonez)(?:-(?:nous|moi))?"
            + "(?:\\s+(?:au|le|sur|par|[aà]))?"
            + "|(?:(?:notre|mon)\\s+)?(?:t[eé]l[eé]phone|t[eé]l\\.?|num[eé]ro|portable|courriel|e-?mail|adresse\\s+e-?mail)"
            + "\\s*(?:est|:))";
    private static final String SPANISH = "(?:(?:ll[aá]m(?:enos|eme|e|en)|escr[ií]b(?:anos|ame|a|an)|cont[aá]ct(?:enos|eme|e)(?:\\s+con)?"
            + "|env[ií]e(?:nos)?\\s+un\\s+(?:correo|e-?mail|whatsapp|mensaje))(?:\\s+(?:al|a|en|por))?"
            + "|(?:(?:nuestro|mi)\\s+)?(?:tel[eé]fono|n[uú]mero|m[oó]vil|correo(?:\\s+electr[oó]nico)?|e-?mail|whatsapp)"
            + "\\s*(?:es|:))";
    private static final String ITALIAN = "(?:(?:ci\\s+)?(?:chiam(?:ateci|aci|ami|i)|contatt(?:ateci|aci|i)|scriv(?:eteci|ici|imi|a))"
            + "(?:\\s+(?:al|allo|il|a|su|via))?"
            + "|(?:(?:il\\s+)?(?:nostro|mio)\\s+)?(?:telefono|tel\\.?|numero|cellulare|e-?mail|indirizzo\\s+e-?mail)"
            + "\\s*(?:[eè]|:))";
    private static final String DUTCH = "(?:(?:bel|mail|app|sms|contacteer|schrijf)(?:\\s+(?:ons|me|mij))?(?:\\s+(?:op|via|naar))?"
            + "|(?:(?:ons|mijn)\\s+)?(?:telefoonnummer|telefoon|tel\\.?|nummer|e-?mailadres|e-?mail|mobiel)\\s*(?:is|:))";

    /** A lead-in that ends where the contact detail starts (only spaces between), beginning at a word. */
    private static final Pattern LEAD_IN = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", ENGLISH_VERB,
            ENGLISH_LABEL, GERMAN, FRENCH, SPANISH, ITALIAN, DUTCH) + ")\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** German puts the verb's particle after the number: "rufen Sie uns unter 030 123 an". */
    private static final Pattern GERMAN_CALL = Pattern.compile("^rufen\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern GERMAN_PARTICLE = Pattern.compile("^\\s+an(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

    private ContactLeadIn() {
    }

    /**
     * The span to replace for the contact detail at [{@code start}, {@code end}) of {@code text}:
     * from the start of its lead-in, when it has one, to its end (past a German verb particle).
     */
    public static Match around(String text, int start, int end) {
        int from = Math.max(0, start - LOOK_BACK);
        Matcher m = LEAD_IN.matcher(text).region(from, start);
        m.useTransparentBounds(true).useAnchoringBounds(true);
        if (!m.find()) {
            return new Match(start, end, text.substring(start, end));
        }
        int leadStart = m.start();
        int spanEnd = end;
        if (GERMAN_CALL.matcher(m.group()).find()) {
            Matcher particle = GERMAN_PARTICLE.matcher(text).region(end, text.length());
            if (particle.find()) {
                spanEnd = particle.end();
            }
        }
        return new Match(leadStart, spanEnd, text.substring(leadStart, spanEnd));
    }

    /**
     * Where a second contact detail's span, now replaced, would only repeat the first one's fix:
     * "reply to this message or e-mail us at x@y" → the start of " or e-mail us at …" (after
     * "reply to this message"), so the fix removes it instead of writing "reply to this message or
     * reply to this message". {@code spanStart} when the text before it is not that.
     */
    public static int afterRepeatedReplacement(String text, int spanStart, String replacement) {
        Matcher m = Pattern.compile(Pattern.quote(replacement) + "(\\s*,?\\s+(?:or|o|oder|ou|of|en|y|und|et|e|and)\\s+)$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).region(0, spanStart);
        return m.find() ? m.start(1) : spanStart;
    }

    /**
     * {@code replacement} as it fits in place of [{@code start}, …) of {@code text}: capitalised
     * where a sentence or line begins, or where the words it replaces were ("Call us on …" becomes
     * "Reply to this message …") unless they follow a word: a capital there is a name.
     */
    public static String fitted(String replacement, String text, int start) {
        if (replacement.isEmpty()) {
            return replacement;
        }
        int i = start - 1;
        boolean newLine = false;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            newLine |= text.charAt(i) == '\n';
            i--;
        }
        // A capital after a word is a name ("on WhatsApp 0049 …"), not the start of a sentence.
        boolean capital = i < 0 || newLine || ".!?¡¿".indexOf(text.charAt(i)) >= 0
                || start < text.length() && Character.isUpperCase(text.charAt(start))
                        && !Character.isLetterOrDigit(text.charAt(i));
        return capital ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
    }
}
