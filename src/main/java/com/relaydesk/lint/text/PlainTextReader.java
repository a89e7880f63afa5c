package com.relaydesk.lint.text;

import com.relaydesk.lint.Part;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text body: the seller's own words stay, what the buyer wrote and the seller
 * quotes is blanked with spaces (C11) so offsets into the source stay the same.
 *
 * <p>Quoted text: lines starting with {@code >} and lines after an "original message" separator,
 * each only when the buyer wrote it ({@link BuyerWords}: anyone can type a {@code >}); the
 * attribution line above such a line ("On … wrote:", "Am … schrieb …:", "Le … a écrit :",
 * "El … escribió:", "Il … ha scritto:"); and any passage the caller knows the buyer wrote. Marked
 * lines the buyer did not write stay the seller's and are kept aside for the C11 note.
 */
public final class PlainTextReader {

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?im)^(?![ \\t]*>)[^\\n]{0,200}\\b(?:wrote|schrieb|a écrit|escribió|ha scritto)\\s*:[ \\t]*$");
    private static final Pattern ORIGINAL_SEPARATOR = Pattern.compile(
            "(?im)^[ \\t]*[-_=]{2,}[ \\t]*(?:original message|original-nachricht|ursprüngliche nachricht"
                    + "|message d'origine|mensaje original|messaggio originale|message from the buyer"
                    + "|buyer message|nachricht des käufers)[ \\t]*[-_=]*[ \\t]*$");

    private PlainTextReader() {
    }

    public static TextView read(Part part, String source, BuyerWords buyer) {
        char[] own = source.toCharArray();
        char[] quoted = new char[own.length];
        char[] unproven = new char[own.length];
        java.util.Arrays.fill(quoted, ' ');
        java.util.Arrays.fill(unproven, ' ');
        // Each pattern runs only when its mark is in the text: most drafts quote nothing.
        int quoteFrom = source.length();
        if (source.contains("--") || source.contains("__") || source.contains("==")) {
            Matcher separator = ORIGINAL_SEPARATOR.matcher(source);
            if (separator.find()) {
                blank(own, quoted, separator.start(), separator.end());
                quoteFrom = separator.end();
            }
        }
        String lower = TextView.lowerSameLength(source);
        // A line marked as quoted is the buyer's only when the buyer wrote it (C11): the attribution
        // above a quote goes with it only when the line under it is the buyer's.
        int attributionStart = -1;
        int attributionEnd = -1;
        int lineStart = 0;
        while (lineStart < source.length()) {
            int lineEnd = source.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? source.length() : lineEnd;
            int first = lineStart;
            while (first < lineEnd && (source.charAt(first) == ' ' || source.charAt(first) == '\t')) {
                first++;
            }
            boolean marked = first < lineEnd && source.charAt(first) == '>';
            if (marked || lineStart >= quoteFrom) {
                String line = source.substring(lineStart, lineEnd);
                if (BuyerWords.blank(line)) {
                    blank(own, quoted, lineStart, lineEnd);
                } else if (buyer.wrote(line)) {
                    blank(own, quoted, lineStart, lineEnd);
                    if (attributionStart >= 0) {
                        blank(own, quoted, attributionStart, attributionEnd);
                    }
                    attributionStart = -1;
                } else {
                    copy(own, unproven, lineStart, lineEnd);
                    attributionStart = -1;
                }
            } else if (first == lineEnd) {
                // an empty line between the attribution and the quote keeps the attribution waiting
            } else if (lineEnd - lineStart <= 200 && isAttribution(lower, lineStart, lineEnd)
                    && nothingOfItsOwn(source.substring(lineStart, lineEnd))) {
                attributionStart = lineStart;
                attributionEnd = lineEnd;
            } else {
                attributionStart = -1;
            }
            lineStart = lineEnd + 1;
        }
        for (String passage : buyer.written()) {
            String needle = passage.strip();
            if (needle.length() < 3) {
                continue;
            }
            for (int at = source.indexOf(needle); at >= 0; at = source.indexOf(needle, at + needle.length())) {
                blank(own, quoted, at, at + needle.length());
            }
        }
        TextView view = TextView.identity(part, new String(own));
        String quotedText = new String(quoted);
        if (!quotedText.isBlank()) {
            view.quoted(TextView.identity(part, quotedText));
        }
        String unprovenText = new String(unproven);
        if (!unprovenText.isBlank()) {
            view.unproven(TextView.identity(part, unprovenText), buyer.known());
        }
        return view;
    }

    /** "On … wrote:", "Am … schrieb …:": a line that ends in a colon after a verb of writing. */
    static boolean isAttribution(String lower, int lineStart, int lineEnd) {
        int end = lineEnd;
        while (end > lineStart && Character.isWhitespace(lower.charAt(end - 1))) {
            end--;
        }
        if (end == lineStart || lower.charAt(end - 1) != ':') {
            return false;
        }
        String line = lower.substring(lineStart, end);
        return (line.contains("wrote") || line.contains("schrieb") || line.contains("écrit") || line.contains("escribió")
                || line.contains("scritto")) && ATTRIBUTION.matcher(line).find();
    }

    /**
     * Whether an attribution line holds nothing but who wrote when: the writer's address as their
     * client shows it ("&lt;…&gt;") aside, no phone number, link or address of its own. It is spared
     * with the quote under it, so it may not carry the seller's contact details past the linter.
     */
    static boolean nothingOfItsOwn(String attribution) {
        String rest = attribution.replaceAll("<[^<>\\s]+@[^<>\\s]+>", " ");
        return EmailFinder.find(rest).isEmpty() && LinkFinder.find(rest).isEmpty() && PhoneFinder.find(rest).isEmpty();
    }

    private static void copy(char[] from, char[] to, int start, int end) {
        System.arraycopy(from, start, to, start, end - start);
    }

    private static void blank(char[] own, char[] quoted, int start, int end) {
        for (int i = start; i < end; i++) {
            if (own[i] != '\n') {
                quoted[i] = own[i];
                own[i] = ' ';
            } else {
                quoted[i] = '\n';
            }
        }
    }
}
