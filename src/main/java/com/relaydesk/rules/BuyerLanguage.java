package com.relaydesk.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language to answer a buyer in (C13: a critical message is written in the buyer's language):
 * the language of what the buyer wrote when its common words say so clearly, else that of the
 * marketplace the relay alias belongs to (A2), else English.
 *
 * <p>Why the words first: a buyer on amazon.de who writes in English expects English back. Why
 * only common words: a real language detector is a large model; a buyer message is a few
 * sentences of everyday words, and "der/und/ich" against "the/and/my" tells them apart.
 */
public final class BuyerLanguage {

    public static final String ENGLISH = "en";

    /** Words frequent in each language and rare in the others' texts (articles, pronouns, greetings). */
    private static final Map<String, Set<String>> COMMON_WORDS = Map.of(
            "en", Set.of("the", "and", "you", "your", "my", "is", "it", "to", "for", "of", "please", "have",
                    "this", "that", "with", "was", "not", "can", "thanks", "thank", "hi", "hello", "would",
                    "could", "i", "order", "when", "did", "has"),
            "de", Set.of("der", "die", "das", "und", "ich", "ist", "nicht", "mit", "bitte", "ein", "eine", "meine",
                    "mein", "sie", "ihr", "danke", "hallo", "für", "auf", "wann", "wurde", "noch", "habe",
                    "bestellung", "kann", "ihre", "vielen", "dank", "guten", "tag"),
            "fr", Set.of("le", "les", "et", "je", "est", "pas", "avec", "pour", "une", "mon", "ma", "mes",
                    "vous", "votre", "merci", "bonjour", "du", "des", "commande", "ai", "ce", "pourriez",
                    "il", "elle", "qui", "cette", "bien", "mais"),
            "es", Set.of("el", "los", "las", "y", "yo", "es", "con", "para", "una", "mi", "mis", "usted",
                    "su", "gracias", "hola", "del", "pedido", "por", "que", "favor", "he", "este", "esta",
                    "pueden", "muchas", "lo", "pero", "me"),
            "it", Set.of("il", "gli", "e", "io", "è", "non", "per", "mio", "mia", "grazie", "ciao",
                    "buongiorno", "ordine", "che", "ho", "sono", "questo", "questa", "potete", "vorrei"),
            "nl", Set.of("het", "een", "en", "ik", "niet", "met", "voor", "mijn", "bedankt", "hallo",
                    "bestelling", "graag", "uw", "wanneer", "heb", "dank", "dit", "kunt"));

    /** Relay domains whose marketplace speaks one language (A2); others (.com, .co.uk, .ae, .sg …) read as English. */
    private static final Map<String, String> MARKETPLACE_LANGUAGE = Map.ofEntries(
            Map.entry("marketplace.amazon.de", "de"), Map.entry("marketplace.amazon.fr", "fr"),
            Map.entry("marketplace.amazon.es", "es"), Map.entry("marketplace.amazon.com.mx", "es"),
            Map.entry("marketplace.amazon.it", "it"), Map.entry("marketplace.amazon.nl", "nl"),
            Map.entry("marketplace.amazon.com.br", "pt"), Map.entry("marketplace.amazon.co.jp", "ja"),
            Map.entry("marketplace.amazon.se", "sv"), Map.entry("marketplace.amazon.pl", "pl"),
            Map.entry("marketplace.amazon.com.tr", "tr"));

    /** A language wins on words only with at least this many hits … */
    private static final int MIN_HITS = 3;
    /** … and this many times the hits of the runner-up. */
    private static final double LEAD = 1.5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    private BuyerLanguage() {
    }

    /** The BCP 47 tag ("es") to answer in; {@code buyerAlias} and {@code buyerWords} may be null. */
    public static String of(String buyerAlias, String buyerWords) {
        String written = writtenIn(buyerWords);
        if (written != null) {
            return written;
        }
        return Aliases.normalize(buyerAlias)
                .map(alias -> MARKETPLACE_LANGUAGE.getOrDefault(alias.substring(alias.indexOf('@') + 1), ENGLISH))
                .orElse(ENGLISH);
    }

    /** The language the words are clearly written in, or null when they do not say. */
    public static String writtenIn(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        Map<String, Integer> hits = new java.util.HashMap<>();
        Matcher word = WORD.matcher(words.toLowerCase(Locale.ROOT));
        while (word.find()) {
            String w = word.group();
            COMMON_WORDS.forEach((language, common) -> {
                if (common.contains(w)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        String best = null;
        int bestHits = 0;
        int secondHits = 0;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > bestHits) {
                secondHits = bestHits;
                bestHits = entry.getValue();
                best = entry.getKey();
            } else if (entry.getValue() > secondHits) {
                secondHits = entry.getValue();
            }
        }
        return bestHits >= MIN_HITS && bestHits >= LEAD * secondHits ? best : null;
    }

    /** Every language {@link #of} can answer, by tag, sorted by their English names. */
    public static java.util.List<String> all() {
        java.util.Set<String> tags = new java.util.TreeSet<>(COMMON_WORDS.keySet());
        tags.addAll(MARKETPLACE_LANGUAGE.values());
        return tags.stream().sorted(java.util.Comparator.comparing(BuyerLanguage::displayName)).toList();
    }

    /** "Spanish" for "es": how the editor names the language to the seller. */
    public static String displayName(String tag) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
    }
}
