package com.relaydesk.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the relay wraps a buyer's message when it forwards it: the sender shown as "Aisha - Amazon
 * Marketplace", the buyer's words between banner lines such as "------------- Message:
 * -------------" and "------------- End message -------------", with the order and the earlier
 * mail around them. The list shows the buyer's name and words, not the wrapping.
 */
public final class RelayWrapping {

    /** A banner line: dashes, a few words (any language), dashes. */
    private static final Pattern BANNER = Pattern.compile("(?m)^[ \\t]*-{5,}[^-\\n]{0,40}-{5,}[ \\t]*$");
    private static final Pattern MARKETPLACE_SUFFIX = Pattern.compile("\\s+[-–—]\\s+amazon marketplace\\s*$");

    private RelayWrapping() {
    }

    /** The buyer's name without the relay's " - Amazon Marketplace"; null when nothing else is left. */
    public static String buyerName(String displayName) {
        if (displayName == null) {
            return null;
        }
        Matcher suffix = MARKETPLACE_SUFFIX.matcher(displayName.toLowerCase(Locale.ROOT));
        String name = suffix.find() ? displayName.substring(0, suffix.start()) : displayName;
        return name.isBlank() ? null : name.strip();
    }

    /**
     * Where the buyer's words begin, for a preview: after a banner line near the top, up to the
     * closing banner when it follows within {@value #WORDS} characters; the whole text when it
     * starts with no banner. Looks at the top only: sync calls it for every message it stores.
     */
    public static String messageStart(String body) {
        if (body == null) {
            return null;
        }
        if (!body.substring(0, Math.min(body.length(), TOP + 5)).contains("-----")) {
            return body;
        }
        Matcher banner = BANNER.matcher(body).region(0, Math.min(body.length(), TOP + 80));
        if (!banner.find()) {
            return body;
        }
        int start = banner.end();
        int end = Math.min(body.length(), start + WORDS);
        Matcher closing = BANNER.matcher(body).region(start, end);
        String words = body.substring(start, closing.find() ? closing.start() : end);
        return words.isBlank() ? body : words;
    }

    /** How far down the opening banner may be (the relay puts it first). */
    private static final int TOP = 400;
    /** How much of the buyer's words a preview needs, at most. */
    private static final int WORDS = 2000;
}
