package com.relaydesk.lint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses (C6), also disguised: {@code name [at] shop dot com},
 * {@code name (at) shop.de}, {@code info at shop dot com} (a bare "at" only after a mailbox-like name), {@code name @ shop . com}. The buyer's
 * relay alias is no contact detail: it keeps the conversation on the relay.
 */
public final class EmailFinder {

    private static final String LABEL = "[\\p{L}0-9](?:[\\p{L}0-9-]*[\\p{L}0-9])?";
    private static final String SEP = "(?:\\s*[\\[({]\\s*(?:dot|punkt|point|punto|\\.)\\s*[\\])}]\\s*"
            + "|\\s+(?:dot|punkt|point|punto)\\s+|\\s*\\.\\s*)";
    private static final Pattern SEPARATOR = Pattern.compile("(?i)" + SEP);
    private static final String DOMAIN = LABEL + "(?:" + SEP + LABEL + ")+";
    private static final Pattern PLAIN = Pattern.compile(
            "(?i)(?<![\\w.+-])[\\p{L}0-9._%+-]+@" + LABEL + "(?:\\." + LABEL + ")+");
    private static final Pattern DISGUISED = Pattern.compile(
            "(?i)(?<![\\w.+-])([\\p{L}0-9._%+-]+)(\\s*[\\[({<]\\s*(?:at|ät|@|arroba|arobase|chiocciola|klammeraffe)\\s*[\\])}>]\\s*"
                    + "|\\s*@\\s*|\\s+(?:at|ät|arroba|arobase|chiocciola|klammeraffe)\\s+)(" + DOMAIN + ")");
    private static final Set<String> MAILBOX_NAMES = Set.of("info", "service", "support", "kontakt", "contact",
            "sales", "hello", "hallo", "mail", "office", "shop", "team", "help", "kundenservice", "customerservice",
            "servicio", "assistenza", "contatto", "contacto", "bonjour", "hola", "ciao", "orders", "admin");

    private EmailFinder() {
    }

    public static List<Match> find(String text) {
        return find(text, TextView.lowerSameLength(text));
    }

    /** As {@link #find(String)}, with the text already in lower case (same length). */
    public static List<Match> find(String text, String lower) {
        List<Match> found = new ArrayList<>();
        List<Match> aliases = new ArrayList<>();
        Matcher plain = null;
        Matcher disguised = null;
        int done = 0;
        int length = lower.length();
        for (int i = 0; i < length; i++) {
            if (i < done) {
                continue;
            }
            char c = lower.charAt(i);
            boolean token = c == '@'
                    || ((c == '[' || c == '(' || c == '{' || c == '<') && bracketedAt(lower, i + 1))
                    || (Character.isWhitespace(c) && spacedAt(lower, i + 1));
            if (!token) {
                continue;
            }
            int start = localPartStart(text, i);
            if (c == '@') {
                plain = plain == null ? PLAIN.matcher(text) : plain;
                plain.region(start, length).useTransparentBounds(true).useAnchoringBounds(false);
                if (plain.lookingAt()) {
                    Match match = new Match(plain.start(), plain.end(), plain.group());
                    (isRelayAlias(plain.group()) ? aliases : found).add(match);
                    done = plain.end();
                    continue;
                }
            }
            disguised = disguised == null ? DISGUISED.matcher(text) : disguised;
            if (disguisedAt(disguised, start, length)) {
                found.add(new Match(disguised.start(), disguised.end(), disguised.group()));
                done = disguised.end();
            }
        }
        return found;
    }

    /**
     * Whether a disguised address starts at {@code start}. The domain pattern takes every ". word"
     * it can, so "help [at] shop dot com. Thanks" reads "thanks" as its last label: the domain is
     * shortened label by label until it ends in a top-level domain, else the address is no address.
     */
    private static boolean disguisedAt(Matcher disguised, int start, int length) {
        int end = length;
        while (true) {
            disguised.region(start, end).useTransparentBounds(true).useAnchoringBounds(false);
            if (!disguised.lookingAt()) {
                return false;
            }
            if (looksLikeAddress(disguised)) {
                return true;
            }
            Matcher separator = SEPARATOR.matcher(disguised.group(3));
            int last = -1;
            while (separator.find()) {
                last = separator.start();
            }
            if (last <= 0) {
                return false;
            }
            end = disguised.start(3) + last;
        }
    }

    private static final String[] AT_WORDS = {"at", "ät", "arroba", "arobase", "chiocciola", "klammeraffe"};

    /** "[at]", "( at )", "{@}" from just after the bracket. */
    private static boolean bracketedAt(String lower, int from) {
        int i = skipSpaces(lower, from);
        int end = i < lower.length() && lower.charAt(i) == '@' ? i + 1 : wordEnd(lower, i);
        if (end < 0) {
            return false;
        }
        end = skipSpaces(lower, end);
        return end < lower.length() && "])}>".indexOf(lower.charAt(end)) >= 0;
    }

    /** " at " from just after the first space. */
    private static boolean spacedAt(String lower, int from) {
        int end = wordEnd(lower, from);
        return end > 0 && end < lower.length() && Character.isWhitespace(lower.charAt(end));
    }

    /** The end of one of the {@link #AT_WORDS} starting at {@code from}, or -1. */
    private static int wordEnd(String lower, int from) {
        for (String word : AT_WORDS) {
            if (lower.startsWith(word, from)) {
                return from + word.length();
            }
        }
        return -1;
    }

    private static int skipSpaces(String lower, int i) {
        while (i < lower.length() && Character.isWhitespace(lower.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Back from an "@" or "at" over white space and the characters of a mailbox name. */
    private static int localPartStart(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1)) && at - i < 3) {
            i--;
        }
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-') {
                i--;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean looksLikeAddress(Matcher m) {
        String domain = m.group(3).toLowerCase(Locale.ROOT);
        String[] labels = domain.split(SEP);
        if (!Domains.TLD_SET.contains(labels[labels.length - 1].strip())) {
            return false;
        }
        String at = m.group(2).strip().toLowerCase(Locale.ROOT);
        if (at.equals("at") || at.equals("ät")) {
            // A bare "at" is an everyday word ("look at amazon.de"): only a disguised dot or a
            // mailbox-like name ("info at", "j.smith at") makes it an address.
            // "visit us at www dot shop dot com" is a link (C5), not an address.
            String local = m.group(1).toLowerCase(Locale.ROOT);
            return !domain.startsWith("www") && (MAILBOX_NAMES.contains(local) || local.matches(".*[0-9._].*"));
        }
        return true;
    }

    static boolean isRelayAlias(String address) {
        String domain = address.substring(address.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        return domain.startsWith("marketplace.amazon.");
    }
}
