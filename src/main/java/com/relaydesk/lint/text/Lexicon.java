package com.relaydesk.lint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of phrases (regular expressions over lower-case text) compiled into one pattern that
 * matches whole words only, in any of the languages the linter reads.
 */
public final class Lexicon {

    private final Pattern pattern;

    private Lexicon(Pattern pattern) {
        this.pattern = pattern;
    }

    public static Lexicon of(String... phrases) {
        return new Lexicon(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", phrases) + ")(?![\\p{L}\\p{N}])"));
    }

    /** Like {@link #of} but the phrase may be the start of a longer word ("bewert" in "bewerten"). */
    public static Lexicon prefixes(String... phrases) {
        return new Lexicon(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", phrases) + ")"));
    }

    public List<Match> findAll(String lower) {
        List<Match> found = new ArrayList<>();
        Matcher m = pattern.matcher(lower);
        while (m.find()) {
            found.add(new Match(m.start(), m.end(), m.group()));
        }
        return found;
    }

    public boolean foundIn(String lower) {
        return pattern.matcher(lower).find();
    }

    public boolean foundIn(String lower, int from, int to) {
        return pattern.matcher(lower).region(from, to).find();
    }

    /** The last match that ends at or before {@code end} and starts at or after {@code from}, or null. */
    public Match lastIn(String lower, int from, int end) {
        Matcher m = pattern.matcher(lower).region(from, end);
        Match last = null;
        while (m.find()) {
            last = new Match(m.start(), m.end(), m.group());
        }
        return last;
    }
}
