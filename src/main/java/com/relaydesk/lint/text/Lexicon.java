package com.relaydesk.lint.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of phrases (regular expressions over lower-case text) that match whole words only, in
 * any of the languages the linter reads. A space in a phrase matches any white space, so
 * hard-wrapped mail reads like one line.
 *
 * <p>Why not one big alternation: Java tries every branch at every position, which made a 1.5 KB
 * message cost a millisecond. Phrases are grouped by the characters they can start with, and only
 * the group for the character at each word start is tried.
 */
public final class Lexicon {

    private final Pattern[] groups;
    /** For each character that can start a phrase, the index of its group in {@link #groups}. */
    private final byte[] groupOf = new byte[0x250];

    private Lexicon(String[] phrases, boolean wholeWords) {
        Map<Character, List<String>> groups = new HashMap<>();
        for (String phrase : phrases) {
            String regex = spaces(phrase);
            BitSet first = firstChars(regex);
            for (int c = first.nextSetBit(0); c >= 0 && c < 0x250; c = first.nextSetBit(c + 1)) {
                groups.computeIfAbsent((char) c, k -> new ArrayList<>()).add(regex);
            }
        }
        String end = wholeWords ? ")(?![\\p{L}\\p{N}])" : ")";
        Map<List<String>, Integer> distinct = new HashMap<>();
        List<Pattern> compiled = new ArrayList<>();
        for (Map.Entry<Character, List<String>> group : groups.entrySet()) {
            Integer index = distinct.get(group.getValue());
            if (index == null) {
                index = compiled.size();
                distinct.put(group.getValue(), index);
                compiled.add(Pattern.compile("(?:" + String.join("|", group.getValue()) + end));
            }
            groupOf[group.getKey()] = (byte) (index + 1);
        }
        if (compiled.size() > 120) {
            throw new IllegalArgumentException("too many phrase groups");
        }
        this.groups = compiled.toArray(new Pattern[0]);
    }

    public static Lexicon of(String... phrases) {
        return new Lexicon(phrases, true);
    }

    /** Like {@link #of} but a phrase may be the start of a longer word ("bewert" in "bewerten"). */
    public static Lexicon prefixes(String... phrases) {
        return new Lexicon(phrases, false);
    }

    public List<Match> findAll(TextView view) {
        return scan(view.lower(), view.wordStarts(), 0, view.lower().length(), false);
    }

    public boolean foundIn(TextView view) {
        return !scan(view.lower(), view.wordStarts(), 0, view.lower().length(), true).isEmpty();
    }

    /** Whether a phrase starts at or after {@code from} and ends at or before {@code to}. */
    public boolean foundIn(TextView view, int from, int to) {
        String lower = view.lower();
        return !scan(lower, view.wordStarts(), Math.max(0, from), Math.min(lower.length(), to), true).isEmpty();
    }

    private List<Match> scan(String lower, int[] starts, int from, int to, boolean firstOnly) {
        List<Match> found = new ArrayList<>(2);
        int k = java.util.Arrays.binarySearch(starts, from);
        k = k < 0 ? -k - 1 : k;
        int done = from;
        Matcher[] matchers = null;
        for (; k < starts.length && starts[k] < to; k++) {
            int i = starts[k];
            char c = lower.charAt(i);
            if (i < done || c >= groupOf.length || groupOf[c] == 0) {
                continue;
            }
            int group = groupOf[c] - 1;
            if (matchers == null) {
                matchers = new Matcher[groups.length];
            }
            Matcher m = matchers[group];
            if (m == null) {
                m = groups[group].matcher(lower);
                matchers[group] = m;
            }
            m.region(i, to).useTransparentBounds(true).useAnchoringBounds(false);
            if (m.lookingAt()) {
                found.add(new Match(m.start(), m.end(), m.group()));
                if (firstOnly) {
                    return found;
                }
                done = m.end();
            }
        }
        return found;
    }

    /** A space in a phrase matches any run of white space; inside a character class, one white space. */
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
            if (c == ' ') {
                out.append(depth == 0 ? "\\s+" : "\\s");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The characters a phrase can start with. Understands what the lexicons use: literals, groups
     * with alternatives, optional groups, {@code \d} and simple character classes; anything else
     * counts as "could start with any letter or digit".
     */
    static BitSet firstChars(String regex) {
        BitSet set = new BitSet(0x250);
        if (!addFirstChars(regex, 0, set)) {
            set.set('0', '9' + 1);
            set.set('a', 'z' + 1);
            set.set(0xDF, 0x250);
        }
        return set;
    }

    /** Adds the first characters of {@code regex} from {@code at}; false when it cannot tell. */
    private static boolean addFirstChars(String regex, int at, BitSet set) {
        if (at >= regex.length()) {
            return false; // an empty phrase could start with anything that follows
        }
        char c = regex.charAt(at);
        if (c == '(') {
            int close = closing(regex, at);
            int inner = at + 1;
            if (regex.startsWith("?:", inner)) {
                inner += 2;
            }
            for (String alternative : topLevelAlternatives(regex.substring(inner, close))) {
                if (alternative.isEmpty() || !addFirstChars(alternative, 0, set)) {
                    return false;
                }
            }
            if (optional(regex, close + 1)) {
                return addFirstChars(regex, skipQuantifier(regex, close + 1), set);
            }
            return true;
        }
        if (c == '\\') {
            char next = regex.charAt(at + 1);
            if (next == 'd') {
                set.set('0', '9' + 1);
            } else if (Character.isLetterOrDigit(next)) {
                return false;
            } else {
                set.set(next);
            }
            return !optional(regex, at + 2) || addFirstChars(regex, skipQuantifier(regex, at + 2), set);
        }
        if (c == '[') {
            int close = regex.indexOf(']', at + 1);
            String members = regex.substring(at + 1, close);
            if (members.startsWith("^") || members.contains("\\")) {
                return false;
            }
            for (int i = 0; i < members.length(); i++) {
                if (i + 2 < members.length() && members.charAt(i + 1) == '-') {
                    set.set(members.charAt(i), members.charAt(i + 2) + 1);
                    i += 2;
                } else {
                    set.set(members.charAt(i));
                }
            }
            return !optional(regex, close + 1) || addFirstChars(regex, skipQuantifier(regex, close + 1), set);
        }
        if (c == '.' || c == '^' || c == '$' || c == '|' || c == ')') {
            return false;
        }
        set.set(c);
        return !optional(regex, at + 1) || addFirstChars(regex, skipQuantifier(regex, at + 1), set);
    }

    private static boolean optional(String regex, int at) {
        return at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '*'
                || regex.startsWith("{0", at));
    }

    private static int skipQuantifier(String regex, int at) {
        if (regex.charAt(at) == '{') {
            return regex.indexOf('}', at) + 1;
        }
        return at + 1;
    }

    private static int closing(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = regex.indexOf(']', i + 1);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced group in " + regex);
    }

    private static List<String> topLevelAlternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = regex.indexOf(']', i + 1);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }
}
