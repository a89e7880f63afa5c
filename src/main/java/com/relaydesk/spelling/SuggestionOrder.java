package com.relaydesk.spelling;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Puts the word most likely meant first. Hunspell offers "drive" before "arrive" for "arive",
 * "dress" before "address" and "ref feral" before "referral": it has no word frequencies. The
 * commonest slip when typing is a doubled letter typed once (or a single one twice), so the
 * suggestions are ordered by an edit distance in which that costs half, and splitting a word in
 * two costs a little more than a wrong letter; Hunspell's order stands between equals.
 */
final class SuggestionOrder {

    private static final double DOUBLING = 0.5;
    private static final double SPLIT = 1.2;

    private SuggestionOrder() {
    }

    static List<String> rank(String typo, List<String> suggestions) {
        String typed = typo.toLowerCase(Locale.ROOT);
        return suggestions.stream()
                .sorted(Comparator.comparingDouble(s -> distance(typed, s.toLowerCase(Locale.ROOT)))) // stable
                .toList();
    }

    /** Optimal string alignment distance with cheap doubling and dearer splits. */
    static double distance(String a, String b) {
        double[][] d = new double[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                double delete = d[i - 1][j] + (i > 1 && a.charAt(i - 2) == x ? DOUBLING : 1);
                double insert = d[i][j - 1] + (j > 1 && b.charAt(j - 2) == y ? DOUBLING : isSplit(y) ? SPLIT : 1);
                double change = d[i - 1][j - 1] + (x == y ? 0 : 1);
                double best = Math.min(change, Math.min(delete, insert));
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) {
                    best = Math.min(best, d[i - 2][j - 2] + 1); // two letters swapped
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }

    private static boolean isSplit(char c) {
        return c == ' ' || c == '-';
    }
}
