package com.relaydesk.spelling;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a reply worth checking. A reply to a buyer is full of things no dictionary has and
 * that are right as written: order IDs, tracking numbers, links, addresses, template fields,
 * SKUs in capitals, brand names like eBay. A chunk of text between spaces that holds a digit, an
 * {@code @}, a link or a template field is left out whole; the rest splits into words on anything
 * but letters and an apostrophe inside a word (don't, l'adresse).
 */
final class Words {

    /** A word and its place in the text. */
    record Word(int start, int end, String text) { }

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int chunkEnd = i;
            while (chunkEnd < text.length() && !Character.isWhitespace(text.charAt(chunkEnd))) {
                chunkEnd++;
            }
            if (!leftOutWhole(text.substring(i, chunkEnd))) {
                split(text, i, chunkEnd, words);
            }
            i = chunkEnd;
        }
        return words;
    }

    private static boolean leftOutWhole(String chunk) {
        return chunk.chars().anyMatch(Character::isDigit) || chunk.contains("@") || chunk.contains("://")
                || chunk.startsWith("www.") || chunk.contains("{{") || chunk.contains("}}");
    }

    private static void split(String text, int from, int to, List<Word> words) {
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && (Character.isLetter(text.charAt(end))
                    || (isApostrophe(text.charAt(end)) && end + 1 < to && Character.isLetter(text.charAt(end + 1))))) {
                end++;
            }
            String word = text.substring(i, end);
            if (worthChecking(word)) {
                words.add(new Word(i, end, word));
            }
            i = end;
        }
    }

    /** One letter, capitals (DHL, SKU-ABC), or a capital inside (eBay, AirPods): names and codes, not words. */
    private static boolean worthChecking(String word) {
        if (word.codePointCount(0, word.length()) < 2 || word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
