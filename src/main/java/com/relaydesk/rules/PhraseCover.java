package com.relaydesk.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a text is made of known phrases and nothing else: its words, in order, split into
 * phrases of two lists — the ones of which at least one must be used ("thank you", "danke") and
 * the others that may stand around them ("hi", "arrived safely", "best regards") — plus a few
 * extra words given per text (a buyer's name).
 *
 * <p>Why a cover and not a list of words that spoil it: a list of bad words misses whatever it
 * does not list ("merci de graver …", "fehlt die Hausnummer … Danke"), a cover misses only
 * thank-yous it does not know, which costs the seller a key press, not a buyer.
 *
 * <p>A phrase is written in words with groups of alternatives, an empty one making the group
 * optional: {@code "thank you (so much|very much|)"}. Words are compared lower-case, with
 * apostrophes and punctuation as breaks ({@code "c'est"} is {@code c est}).
 */
final class PhraseCover {

    /** A node of the phrase tree: its next words, and whether a phrase (of which list) ends here. */
    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        boolean ends;
        boolean required;
    }

    private final Node root = new Node();

    /**
     * @param required phrases of which a covered text has at least one
     * @param optional phrases a covered text may have besides
     */
    PhraseCover(List<String> required, List<String> optional) {
        for (String phrase : required) {
            add(phrase, true);
        }
        for (String phrase : optional) {
            add(phrase, false);
        }
    }

    /**
     * Whether {@code words} split, in order, into phrases and {@code extra} words (lower-case),
     * using at least one required phrase.
     */
    boolean covers(List<String> words, Set<String> extra) {
        int n = words.size();
        // reached[i]: bit 1 = the first i words split without a required phrase, bit 2 = with one
        byte[] reached = new byte[n + 1];
        reached[0] = 1;
        for (int i = 0; i < n; i++) {
            int from = reached[i];
            if (from == 0) {
                continue;
            }
            if (extra.contains(words.get(i))) {
                reached[i + 1] |= (byte) from;
            }
            Node node = root;
            for (int j = i; j < n && (node = node.next.get(words.get(j))) != null; j++) {
                if (node.ends) {
                    reached[j + 1] |= (byte) (node.required ? 2 : from);
                }
            }
        }
        return (reached[n] & 2) != 0;
    }

    /** The words of a text, lower-case: runs of letters (with their accents) or of digits. */
    static List<String> words(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        boolean digits = false;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean letter = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK;
            boolean digit = Character.isDigit(c);
            if (start >= 0 && (digits ? !digit : !letter)) {
                words.add(lower.substring(start, i));
                start = -1;
            }
            if (start < 0 && (letter || digit)) {
                start = i;
                digits = digit;
            }
        }
        return words;
    }

    private void add(String phrase, boolean required) {
        for (String spelled : expand(phrase)) {
            List<String> words = words(spelled);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("a phrase without words: " + phrase);
            }
            Node node = root;
            for (String word : words) {
                node = node.next.computeIfAbsent(word, w -> new Node());
            }
            node.ends = true;
            node.required |= required;
        }
    }

    /** Every spelling of a phrase with groups: "a (b|c|) d" is "a b d", "a c d" and "a d". */
    static List<String> expand(String phrase) {
        int open = phrase.indexOf('(');
        if (open < 0) {
            return List.of(phrase);
        }
        int close = phrase.indexOf(')', open);
        if (close < 0 || phrase.indexOf('(', open + 1) >= 0 && phrase.indexOf('(', open + 1) < close) {
            throw new IllegalArgumentException("groups are closed and not nested: " + phrase);
        }
        List<String> spellings = new ArrayList<>();
        for (String choice : phrase.substring(open + 1, close).split("\\|", -1)) {
            spellings.addAll(expand(phrase.substring(0, open) + " " + choice + " " + phrase.substring(close + 1)));
        }
        return spellings;
    }
}
