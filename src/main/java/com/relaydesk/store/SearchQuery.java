package com.relaydesk.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what the seller typed into an FTS5 query that cannot be a syntax error: each word is a
 * quoted phrase (so {@code 113-4455667-8899001} or an alias matches as typed) and the last word
 * matches as a prefix, for search-as-you-type.
 */
final class SearchQuery {

    private SearchQuery() {
    }

    static String toFts(String typed) {
        if (typed == null) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        for (String word : typed.trim().split("\\s+")) {
            String cleaned = word.replace("\"", "");
            if (!cleaned.isBlank() && cleaned.chars().anyMatch(Character::isLetterOrDigit)) {
                terms.add("\"" + cleaned + "\"");
            }
        }
        if (terms.isEmpty()) {
            return "";
        }
        int last = terms.size() - 1;
        terms.set(last, terms.get(last) + " *");
        return String.join(" ", terms);
    }
}
