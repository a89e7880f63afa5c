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
        return new Lexicon(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + spaces(String.join("|", phrases)) + ")(?![\\p{L}\\p{N}])"));
    }

    /** A space in a phrase matches any run of white space, so hard-wrapped mail reads like one line. */
    static String spaces(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(++i));
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            if (c == ' ' && depth == 0) {
                out.append("\\s+");
            } else if (c == ' ') {
                out.append("\\s");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Like {@link #of} but the phrase may be the start of a longer word ("bewert" in "bewerten"). */
    public static Lexicon prefixes(String... phrases) {
        return new Lexicon(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + spaces(String.join("|", phrases)) + ")"));
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
