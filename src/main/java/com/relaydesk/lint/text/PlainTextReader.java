package com.relaydesk.lint.text;

import com.relaydesk.lint.Part;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text body: the seller's own words stay, what the buyer wrote and the seller
 * quotes is blanked with spaces (C11) so offsets into the source stay the same.
 *
 * <p>Quoted text: lines starting with {@code >}, the attribution line before them ("On … wrote:",
 * "Am … schrieb …:", "Le … a écrit :", "El … escribió:", "Il … ha scritto:"), everything after an
 * "original message" separator, and any passage the caller knows the buyer wrote.
 */
public final class PlainTextReader {

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?im)^[^\\n>]{0,200}\\b(?:wrote|schrieb|a écrit|escribió|ha scritto)\\s*:[ \\t]*$");
    private static final Pattern ORIGINAL_SEPARATOR = Pattern.compile(
            "(?im)^[ \\t]*[-_=]{2,}[ \\t]*(?:original message|original-nachricht|ursprüngliche nachricht"
                    + "|message d'origine|mensaje original|messaggio originale|message from the buyer"
                    + "|buyer message|nachricht des käufers)[ \\t]*[-_=]*[ \\t]*$");

    private PlainTextReader() {
    }

    public static TextView read(Part part, String source, List<String> buyerText) {
        char[] own = source.toCharArray();
        char[] quoted = new char[own.length];
        java.util.Arrays.fill(quoted, ' ');
        // Each pattern runs only when its mark is in the text: most drafts quote nothing.
        if (source.contains("--") || source.contains("__") || source.contains("==")) {
            Matcher separator = ORIGINAL_SEPARATOR.matcher(source);
            if (separator.find()) {
                blank(own, quoted, separator.start(), own.length);
            }
        }
        String lower = TextView.lowerSameLength(source);
        int lineStart = 0;
        while (lineStart < source.length()) {
            int lineEnd = source.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? source.length() : lineEnd;
            int first = lineStart;
            while (first < lineEnd && (source.charAt(first) == ' ' || source.charAt(first) == '\t')) {
                first++;
            }
            if (first < lineEnd && source.charAt(first) == '>') {
                blank(own, quoted, lineStart, lineEnd);
            } else if (lineEnd - lineStart <= 200 && isAttribution(lower, lineStart, lineEnd)) {
                blank(own, quoted, lineStart, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
        for (String passage : buyerText) {
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
        return view;
    }

    /** "On … wrote:", "Am … schrieb …:": a line that ends in a colon after a verb of writing. */
    private static boolean isAttribution(String lower, int lineStart, int lineEnd) {
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
