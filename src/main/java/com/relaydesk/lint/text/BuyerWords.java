package com.relaydesk.lint.text;

import java.util.List;

/**
 * What the buyer wrote in the message being answered, made comparable with a quote of it: quote
 * markers, line breaks, runs of spaces, letter case and typographic quotes do not count, since a
 * mail client rewraps and re-marks what it quotes (C11).
 *
 * <p>A "&gt;" at the start of a line proves nothing: anyone can type it. A quoted line is the
 * buyer's only when its words stand, whole, in the buyer's message.
 */
public final class BuyerWords {

    /** No buyer's message known: nothing marked as quoted is spared. */
    public static final BuyerWords NONE = of(List.of());

    /** As the caller gave them, for finding a passage again word for word. */
    private final List<String> written;
    private final List<String> passages;

    private BuyerWords(List<String> written, List<String> passages) {
        this.written = written;
        this.passages = passages;
    }

    /** The buyer's message (one or more passages), or none when it is not known. */
    public static BuyerWords of(List<String> buyerText) {
        return new BuyerWords(List.copyOf(buyerText),
                buyerText.stream().map(BuyerWords::normalise).filter(s -> !s.isEmpty()).toList());
    }

    /**
     * The passages a reply may quote from a buyer's message: its subject, and its plain text, else
     * the words of its HTML (a message with no text part).
     */
    public static List<String> ofMessage(String subject, String text, String html) {
        List<String> words = new java.util.ArrayList<>();
        if (subject != null) {
            words.add(subject);
        }
        if (text != null && !text.isBlank()) {
            words.add(text);
        } else if (html != null && !html.isBlank()) {
            words.add(HtmlReader.read(html, NONE).view().text());
        }
        return List.copyOf(words);
    }

    /** The passages as the caller gave them. */
    List<String> written() {
        return written;
    }

    /** Whether the buyer's message is known at all; without it no quoted line is the buyer's. */
    public boolean known() {
        return !passages.isEmpty();
    }

    /**
     * Whether the buyer wrote {@code quotedLine}: its words, without quote markers, stand in the
     * buyer's message from word boundary to word boundary. A line with no words at all (a bare
     * "&gt;") is harmless and counts as quoted.
     */
    public boolean wrote(String quotedLine) {
        String line = normalise(quotedLine);
        if (line.isEmpty()) {
            return true;
        }
        for (String passage : passages) {
            for (int at = passage.indexOf(line); at >= 0; at = passage.indexOf(line, at + 1)) {
                int end = at + line.length();
                if ((at == 0 || !joins(passage.charAt(at - 1), line.charAt(0)))
                        && (end == passage.length() || !joins(line.charAt(line.length() - 1), passage.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a line holds no words, only quote markers and spaces. */
    public static boolean blank(String quotedLine) {
        return normalise(quotedLine).isEmpty();
    }

    /** Two characters side by side that belong to one word or number: a match may not cut between them. */
    private static boolean joins(char before, char after) {
        return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
    }

    /** Lower case, quote markers at line starts dropped, every run of white space one space. */
    static String normalise(String text) {
        String lower = TextView.lowerSameLength(text);
        StringBuilder out = new StringBuilder(lower.length());
        boolean lineStart = true;
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\n' || c == '\r') {
                lineStart = true;
                space = true;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (lineStart && c == '>') {
                space = true;
                continue;
            }
            lineStart = false;
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(switch (c) {
                case '\u201c', '\u201d', '\u201e' -> '"';
                default -> c;
            });
        }
        return out.toString();
    }
}
