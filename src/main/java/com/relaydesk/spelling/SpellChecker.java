package com.relaydesk.spelling;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.hunspell.Hunspell;

/**
 * One loaded dictionary: which words of a text it does not know, and what it would write instead.
 * Lucene's {@link Hunspell} keeps state while it works, so one check runs at a time.
 */
public final class SpellChecker {

    /** Suggestions offered for a word: the first few are the likely ones, and a menu of twenty helps no one. */
    static final int SUGGESTIONS = 6;

    private final String tag;
    private final Hunspell hunspell;

    SpellChecker(String tag, Hunspell hunspell) {
        this.tag = tag;
        this.hunspell = hunspell;
    }

    /** The dictionary's name as its files have it ("en_US"). */
    public String tag() {
        return tag;
    }

    /** The words of {@code text} the dictionary does not know, leaving out those {@code known} accepts. */
    public synchronized List<Misspelling> check(String text, Predicate<String> known) {
        List<Misspelling> found = new ArrayList<>();
        for (Words.Word word : Words.of(text)) {
            if (!known.test(word.text()) && !knows(word.text())) {
                found.add(new Misspelling(word.start(), word.end(), word.text()));
            }
        }
        return found;
    }

    public synchronized boolean knows(String word) {
        String plain = word.replace('\u2019', '\'');
        if (hunspell.spell(plain)) {
            return true;
        }
        // an elided article or preposition and its word ("l'adresse", "dell'ordine"), each known
        int apostrophe = plain.indexOf('\'');
        return apostrophe > 0 && apostrophe <= 4 && hunspell.spell(plain.substring(apostrophe + 1));
    }

    /** What the dictionary would write instead, likeliest first; partial when it takes too long. */
    public synchronized List<String> suggest(String word) {
        boolean curly = word.indexOf('\u2019') >= 0;
        String plain = word.replace('\u2019', '\'');
        return SuggestionOrder.rank(plain, hunspell.suggest(plain)).stream()
                .map(s -> curly ? s.replace('\'', '\u2019') : s) // typed with ’, offered with ’
                .limit(SUGGESTIONS).toList();
    }
}
