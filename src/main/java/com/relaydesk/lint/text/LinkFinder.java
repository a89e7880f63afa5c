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
        List<Match> found = new ArrayList<>();
        addAll(found, URL.matcher(text), true);
        addAll(found, SPACED_SCHEME.matcher(text), false);
        Matcher worded = WORDED.matcher(text);
        while (worded.find()) {
            String candidate = worded.group();
            if (isObfuscatedDomain(candidate)) {
                add(found, new Match(worded.start(), worded.end(), candidate));
            }
        }
        addAll(found, BARE.matcher(text), true);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
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
