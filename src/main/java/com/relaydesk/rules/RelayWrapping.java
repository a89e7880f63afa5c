package com.relaydesk.rules;

/**
 * How the relay wraps a buyer's message when it forwards it: the sender shown as "Aisha - Amazon
 * Marketplace", the buyer's words between banner lines such as "------------- Message:
 * -------------" and "------------- End message -------------", with the order and the earlier
 * mail around them. The list shows the buyer's name and words, not the wrapping.
 *
 * <p>Sync calls both for every message it stores, so they scan by hand, and only as far as they
 * must (regular expressions here cost an initial sync of 10,000 messages 0.1 s of CPU).
 */
public final class RelayWrapping {

    private static final String MARKETPLACE = "amazon marketplace";
    /** How far down the opening banner may be (the relay puts it first). */
    private static final int TOP = 400;
    /** How much of the buyer's words a preview needs, at most (the snippet reads 800 characters). */
    private static final int WORDS = 1000;
    /** A banner line: at least this many dashes, a few words (any language), as many dashes again. */
    private static final int DASHES = 5;
    private static final int BANNER_WORDS = 40;
    /** How the relay's footer under a forwarded message begins (seeds: the messaging guide's example). */
    private static final String[] FOOTER_OPENINGS = {
        "For Your Information: To help arrive at a resolution", "To respond to this customer, reply to this e-mail",
    };

    private RelayWrapping() {
    }

    /** The buyer's name without the relay's " - Amazon Marketplace"; null when nothing else is left. */
    public static String buyerName(String displayName) {
        if (displayName == null) {
            return null;
        }
        String name = displayName.strip();
        int at = name.length() - MARKETPLACE.length();
        if (at >= 0 && name.regionMatches(true, at, MARKETPLACE, 0, MARKETPLACE.length())) {
            int dash = at - 1;
            while (dash >= 0 && Character.isWhitespace(name.charAt(dash))) {
                dash--;
            }
            if (dash >= 0 && (name.charAt(dash) == '-' || name.charAt(dash) == '–' || name.charAt(dash) == '—')
                    && (dash == 0 || Character.isWhitespace(name.charAt(dash - 1)))) {
                name = name.substring(0, dash).strip();
            }
        }
        return name.isEmpty() ? null : name;
    }

    /**
     * Where the buyer's words begin, for a preview: after a banner line near the top, up to the
     * closing banner when it follows soon after; the whole text when it starts with no banner.
     */
    public static String messageStart(String body) {
        if (body == null) {
            return null;
        }
        int opening = banner(body, 0, Math.min(body.length(), TOP));
        if (opening < 0) {
            return body;
        }
        int start = lineEnd(body, opening);
        int limit = Math.min(body.length(), start + WORDS);
        int closing = banner(body, start, limit);
        String words = body.substring(start, closing < 0 ? limit : closing);
        return words.isBlank() ? body : words;
    }

    /**
     * The buyer's words in full, for reading: from after a banner line near the top to the next
     * banner line (the closing one), or to the relay's footer when there is no closing banner;
     * null when the text does not start with a banner (it is not wrapped by the relay).
     */
    public static String enclosedWords(String body) {
        if (body == null) {
            return null;
        }
        int opening = banner(body, 0, Math.min(body.length(), TOP));
        if (opening < 0) {
            return null;
        }
        int start = Math.min(body.length(), lineEnd(body, opening) + 1);
        int closing = banner(body, start, body.length());
        String words = body.substring(start, closing >= 0 ? closing : body.length());
        return closing >= 0 ? words : words.substring(0, footerStart(words));
    }

    /**
     * Where the relay's footer begins ("For Your Information: To help arrive at a resolution…",
     * "To respond to this customer, reply to this e-mail…"), or the text's length when it has none.
     */
    public static int footerStart(String text) {
        int end = text.length();
        for (String opening : FOOTER_OPENINGS) {
            for (int at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) {
                if (at == 0 || text.charAt(at - 1) == '\n') {  // only where a line starts with it
                    end = Math.min(end, at);
                    break;
                }
            }
        }
        return end;
    }

    /** The start of the first banner line that begins in [from, to), or -1. */
    private static int banner(String text, int from, int to) {
        for (int dashes = text.indexOf("-----", from); dashes >= 0 && dashes < to;
                dashes = text.indexOf("-----", lineEnd(text, dashes))) {
            int lineStart = text.lastIndexOf('\n', dashes) + 1;
            if (isBanner(text, Math.max(lineStart, from), lineEnd(text, dashes))) {
                return Math.max(lineStart, from);
            }
        }
        return -1;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** Dashes, at most a few other characters, dashes: "------------- Message: -------------". */
    private static boolean isBanner(String text, int start, int end) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int lead = i;
        while (i < end && text.charAt(i) == '-') {
            i++;
        }
        if (i - lead < DASHES) {
            return false;
        }
        int words = i;
        while (i < end && text.charAt(i) != '-') {
            i++;
        }
        if (i - words > BANNER_WORDS || text.substring(words, i).strip().equalsIgnoreCase("Original Message")) {
            return false;  // Outlook's line above the mail it quotes is no banner of the relay's
        }
        int trail = i;
        while (i < end && text.charAt(i) == '-') {
            i++;
        }
        if (i - trail < DASHES) {
            return false;
        }
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i++;
        }
        return i == end;
    }
}
