package com.relaydesk.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what the seller typed into an FTS5 query that cannot be a syntax error: every word must
 * be in the message, the last one as a prefix, for search-as-you-type. A word with punctuation
 * inside, such as the order ID {@code 113-4455667-8899001} or an alias, is several words to the
 * index's tokenizer; all of them must be in the message. The index keeps no word positions
 * (Schema v15), so they cannot be asked for side by side, and an order ID's three numbers
 * together name one order anyway.
 */
final class SearchQuery {

    private SearchQuery() {
    }

    static String toFts(String typed) {
        if (typed == null) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= typed.length(); ) {
            int cp = i < typed.length() ? typed.codePointAt(i) : ' ';
            if (isTokenCharacter(cp)) {
                token.appendCodePoint(cp);
            } else if (token.length() > 0) {
                terms.add("\"" + token + "\"");
                token.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (terms.isEmpty()) {
            return "";
        }
        int last = terms.size() - 1;
        terms.set(last, terms.get(last) + " *");
        return String.join(" ", terms);
    }

    /**
     * What FTS5's unicode61 tokenizer keeps in a token: letters, numbers and private-use
     * characters (its categories {@code L* N* Co}), and the marks that combine with them;
     * everything else separates tokens. A quote can therefore never reach the query.
     */
    static boolean isTokenCharacter(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.PRIVATE_USE,
                    Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> false;
        };
    }
}
