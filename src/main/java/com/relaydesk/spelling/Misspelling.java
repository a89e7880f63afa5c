package com.relaydesk.spelling;

/** A word the dictionary does not know, and where it stands in the text ({@code end} exclusive). */
public record Misspelling(int start, int end, String word) {

    public Misspelling {
        if (start < 0 || end <= start || word == null || word.length() != end - start) {
            throw new IllegalArgumentException("not a word's place in a text: " + start + ".." + end + " " + word);
        }
    }
}
