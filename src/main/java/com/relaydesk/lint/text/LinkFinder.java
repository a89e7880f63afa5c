package com.relaydesk.lint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds web addresses in text (C5), also written to slip past a filter: {@code h t t p s : / /},
 * {@code hxxps://}, {@code www dot shop dot com}, {@code shop[.]de}, {@code shop (punkt) de}.
 * File names ("manual.pdf") and version numbers are no links.
 */
public final class LinkFinder {

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?|hxxps?|ftp)://[^\\s<>\"')\\]]+|\\bwww\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+[^\\s<>\"')\\]]*");
    private static final Pattern BARE = Pattern.compile(
            "(?<![\\w@.\\-/])(?:(?i)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?-i:" + Domains.TLDS
                    + ")(?![\\w-])(?:/[^\\s<>\"')]*)?");
    private static final Pattern SPACED_SCHEME = Pattern.compile(
            "(?i)\\bh\\s*t\\s*t\\s*p\\s*s?\\s*:\\s*/\\s*/(?:\\s?\\S(?=\\s|$))*|\\bw\\s+w\\s+w\\s*\\.(?:\\s?\\S(?=\\s|$))*");
    private static final String SEP = "(?:\\s*[\\[({]\\s*(?:dot|punkt|point|punto|\\.)\\s*[\\])}]\\s*"
            + "|\\s+(?:dot|punkt|point|punto)\\s+|\\s+\\.\\s+|\\.)";
    private static final Pattern WORDED = Pattern.compile(
            "(?i)(?<![\\w.@])[a-z0-9][a-z0-9-]*(?:" + SEP + "[a-z0-9][a-z0-9-]*)+");
    private static final Pattern OBFUSCATED_SEP = Pattern.compile(
            "(?i)[\\[({]\\s*(?:dot|punkt|point|punto|\\.)\\s*[\\])}]|\\s(?:dot|punkt|point|punto)\\s|\\s\\.\\s");
    private static final Pattern BRACKETED_OR_DOT = Pattern.compile(
            "(?i)[\\[({]\\s*(?:dot|punkt|point|punto|\\.)\\s*[\\])}]|\\s(?:dot|punkt)\\s|\\s\\.\\s");

    private LinkFinder() {
    }

    public static List<Match> find(String text) {
        return find(text, TextView.lowerSameLength(text));
    }

    /** As {@link #find(String)}, with the text already in lower case (same length). */
    public static List<Match> find(String text, String lower) {
        List<Match> found = new ArrayList<>();
        // Cheap look-ups first: the patterns run only where their mark is in the text.
        if (lower.contains("://") || lower.contains("www.")) {
            addAll(found, URL.matcher(text), true);
        }
        if (mayHoldSpacedScheme(lower)) {
            addAll(found, SPACED_SCHEME.matcher(text), false);
        }
        if ((lower.contains("dot") || lower.contains("punkt") || lower.contains("point") || lower.contains("punto")
                || lower.contains(" . ") || lower.contains("[.]") || lower.contains("(.)") || lower.contains("{.}"))
                && OBFUSCATED_SEP.matcher(text).find()) {
            Matcher worded = WORDED.matcher(text);
            while (worded.find()) {
                String candidate = worded.group();
                if (isObfuscatedDomain(candidate)) {
                    add(found, new Match(worded.start(), worded.end(), candidate));
                }
            }
        }
        findBare(text, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** Bare domains ("shop.de"): tried only at words that hold a dot followed by a letter. */
    private static void findBare(String text, List<Match> found) {
        Matcher bare = null;
        int done = 0;
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (dot < done || dot == 0 || dot + 1 >= text.length() || !Character.isLetter(text.charAt(dot + 1))
                    || !Character.isLetterOrDigit(text.charAt(dot - 1))) {
                continue;
            }
            int start = dot;
            while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-'
                    || text.charAt(start - 1) == '.')) {
                start--;
            }
            bare = bare == null ? BARE.matcher(text) : bare;
            bare.region(start, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
            if (bare.lookingAt()) {
                int end = bare.end();
                while (end > start && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                add(found, new Match(start, end, text.substring(start, end)));
                done = end;
            }
        }
    }

    private static boolean mayHoldSpacedScheme(String lower) {
        if (lower.contains("hxxp")) {
            return true;
        }
        for (int i = lower.indexOf(' '); i > 0 && i + 1 < lower.length(); i = lower.indexOf(' ', i + 1)) {
            char before = lower.charAt(i - 1);
            char after = lower.charAt(i + 1);
            if ((before == 'h' && after == 't') || (before == 't' && (after == 't' || after == 'p'))
                    || (before == 'w' && after == 'w')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isObfuscatedDomain(String candidate) {
        if (!OBFUSCATED_SEP.matcher(candidate).find()) {
            return false;
        }
        String[] labels = candidate.toLowerCase(java.util.Locale.ROOT)
                .split("\\s*[\\[({]\\s*(?:dot|punkt|point|punto|\\.)\\s*[\\])}]\\s*|\\s+(?:dot|punkt|point|punto)\\s+"
                        + "|\\s+\\.\\s+|\\.");
        String last = labels[labels.length - 1];
        if (!Domains.TLD_SET.contains(last)) {
            return false;
        }
        // "point"/"punto" are everyday words in French, Spanish and Italian ("point de vente"):
        // unbracketed they count only after "www".
        return BRACKETED_OR_DOT.matcher(candidate).find() || labels[0].equals("www");
    }

    private static void addAll(List<Match> found, Matcher matcher, boolean trimPunctuation) {
        while (matcher.find()) {
            int end = matcher.end();
            if (trimPunctuation) {
                while (end > matcher.start() && ".,;:!?".indexOf(matcher.group().charAt(end - matcher.start() - 1)) >= 0) {
                    end--;
                }
            }
            String value = matcher.group().substring(0, end - matcher.start()).strip();
            add(found, new Match(matcher.start(), matcher.start() + value.length(), value));
        }
    }

    private static void add(List<Match> found, Match match) {
        for (Match existing : found) {
            if (existing.overlaps(match)) {
                return;
            }
        }
        found.add(match);
    }
}
