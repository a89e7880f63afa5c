package com.relaydesk.lint.text;

/** Sentence bounds around a match: what a "drop the sentence" fix removes and where cue words must meet. */
public final class Sentences {

    private Sentences() {
    }

    /**
     * Whether a line break at {@code i} ends a sentence: a blank line follows or precedes it, or
     * the next line starts like a new item ("-", "*", "P.S.", a greeting or signature after a
     * short line). A single break inside a hard-wrapped paragraph does not.
     */
    static boolean paragraphBreak(String text, int i) {
        if (text.charAt(i) != '\n') {
            return false;
        }
        int next = i + 1;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n' || text.charAt(next) == '-' || text.charAt(next) == '*'
                || text.charAt(next) == '>') {
            return true;
        }
        int prev = i - 1;
        while (prev >= 0 && (text.charAt(prev) == ' ' || text.charAt(prev) == '\t')) {
            prev--;
        }
        if (prev < 0 || text.charAt(prev) == '\n' || ",:;!?.".indexOf(text.charAt(prev)) >= 0) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', prev) + 1;
        return prev - lineStart < 40; // a short line: a greeting, a name, a list item
    }

    /** Start of the sentence holding {@code index}: after the last . ! ? or line break before it. */
    public static int start(String text, int index) {
        for (int i = Math.min(index, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (paragraphBreak(text, i) || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)))) {
                int s = i + 1;
                while (s < index && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                return s;
            }
        }
        int s = 0;
        while (s < index && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return s;
    }

    /** End of the sentence holding {@code index}: just after its . ! ? or before its line break. */
    public static int end(String text, int index) {
        for (int i = Math.max(index, 0); i < text.length(); i++) {
            char c = text.charAt(i);
            if (paragraphBreak(text, i)) {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                int e = i + 1;
                while (e < text.length() && (text.charAt(e) == '!' || text.charAt(e) == '?')) {
                    e++;
                }
                return e;
            }
        }
        return text.length();
    }

    /** The sentence holding [start, end) plus the spaces after it, so removing it leaves tidy text. */
    public static Match sentenceWithTrailingSpace(String text, int start, int end) {
        int s = start(text, start);
        int e = end(text, Math.max(start, end - 1));
        int withSpace = e;
        while (withSpace < text.length() && (text.charAt(withSpace) == ' ' || text.charAt(withSpace) == '\t')) {
            withSpace++;
        }
        return new Match(s, withSpace, text.substring(s, e));
    }
}
