package com.relaydesk.lint.text;

import com.relaydesk.lint.Part;

/**
 * The words of one part of a draft as the rules read them: visible text only, quoted buyer text
 * blanked out (C11), with a map from each character back to the part's source so findings can
 * point into the subject, the plain text or the HTML source.
 */
public final class TextView {

    private final Part part;
    private final String text;
    private final String lower;
    private final int[] sourceOffsets;
    private final int sourceLength;
    private TextView quoted;
    private TextView unproven;
    private boolean buyerKnown;
    private int[] wordStarts;

    /**
     * @param sourceOffsets source offset of each character of {@code text}, or null when the text
     *                      is the source itself (plain text and subject)
     */
    public TextView(Part part, String text, int[] sourceOffsets, int sourceLength) {
        this.part = part;
        this.text = text;
        this.lower = lowerSameLength(text);
        this.sourceOffsets = sourceOffsets;
        this.sourceLength = sourceLength;
    }

    public static TextView identity(Part part, String text) {
        return new TextView(part, text, null, text.length());
    }

    public Part part() {
        return part;
    }

    public String text() {
        return text;
    }

    /** The text in lower case, character for character, so offsets stay the same. */
    public String lower() {
        return lower;
    }

    /** Where each word starts (a letter or digit after anything else): where phrases are tried. */
    public int[] wordStarts() {
        if (wordStarts == null) {
            int[] starts = new int[Math.max(4, lower.length() / 4)];
            int n = 0;
            boolean inWord = false;
            for (int i = 0; i < lower.length(); i++) {
                boolean letter = Character.isLetterOrDigit(lower.charAt(i));
                if (letter && !inWord) {
                    if (n == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i;
                }
                inWord = letter;
            }
            wordStarts = java.util.Arrays.copyOf(starts, n);
        }
        return wordStarts;
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    /** Source offset of the character at {@code index}. */
    public int sourceStart(int index) {
        if (sourceOffsets == null) {
            return index;
        }
        if (index >= sourceOffsets.length) {
            return sourceLength;
        }
        return sourceOffsets[index];
    }

    /** Source offset just after the character before {@code endIndex}. */
    public int sourceEnd(int endIndex) {
        if (endIndex <= 0) {
            return sourceStart(0);
        }
        if (sourceOffsets == null) {
            return endIndex;
        }
        return Math.min(sourceLength, sourceOffsets[Math.min(endIndex, sourceOffsets.length) - 1] + 1);
    }

    public int sourceLength() {
        return sourceLength;
    }

    /** The buyer's quoted text of this part, as a view of its own (C11), or null when none. */
    public TextView quoted() {
        return quoted;
    }

    void quoted(TextView quotedView) {
        this.quoted = quotedView;
    }

    /**
     * Text marked as a quote ("&gt;", a blockquote, below "Original Message") that is not in the
     * buyer's message, as a view of its own, or null when none: it counts as the seller's own text
     * and stays in this view too; kept aside only so C11 can say why it is checked.
     */
    public TextView unproven() {
        return unproven;
    }

    /** Whether the buyer's message was known when the quotes were compared with it. */
    public boolean buyerKnown() {
        return buyerKnown;
    }

    void unproven(TextView unprovenView, boolean known) {
        this.unproven = unprovenView;
        this.buyerKnown = known;
    }

    static String lowerSameLength(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    chars[i] = (char) (c + 32);
                }
            } else {
                char l = Character.toLowerCase(c);
                chars[i] = Character.isSurrogate(c) ? c : l;
            }
            // Typographic apostrophes read as plain ones, so "we’d" matches "we'd".
            if (chars[i] == '\u2019' || chars[i] == '\u2018') {
                chars[i] = '\'';
            }
        }
        return new String(chars);
    }
}
