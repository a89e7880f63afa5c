package com.relaydesk.lint.text;

/** Sentence bounds around a match: what a "drop the sentence" fix removes and where cue words must meet. */
public final class Sentences {

    private Sentences() {
    }

    /** Start of the sentence holding {@code index}: after the last . ! ? or line break before it. */
    public static int start(String text, int index) {
        for (int i = Math.min(index, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
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
            if (c == '\n') {
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
