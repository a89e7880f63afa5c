package com.relaydesk.inbox;

import com.relaydesk.rules.RelayWrapping;

/**
 * What the reading pane shows first of a message: the writer's own words, without the relay's
 * banners and footer around them and without the earlier mail quoted below them. The whole text
 * stays one click away ({@code shortened} says there is more).
 *
 * @param words     the text to show first
 * @param shortened true when {@code words} leaves something of the whole text out
 */
public record ReadableText(String words, boolean shortened) {

    /** How much of a message {@link #ofMessage} reads: a buyer's words are a few lines, a broken message can be megabytes. */
    static final int MESSAGE_LIMIT = 300_000;

    /**
     * Of a message's plain body, or of its HTML shown as safe text when it has no plain one; of
     * its first {@value #MESSAGE_LIMIT} characters.
     */
    public static ReadableText ofMessage(String textBody, String htmlBody) {
        boolean plain = textBody != null && !textBody.isBlank();
        String text = plain || htmlBody == null ? textBody : SafeHtml.render(htmlBody).text();
        return of(text == null || text.length() <= MESSAGE_LIMIT ? text : text.substring(0, MESSAGE_LIMIT));
    }

    public static ReadableText of(String body) {
        if (body == null || body.isBlank()) {
            return new ReadableText(body == null ? "" : body, false);
        }
        String whole = trimBlankLines(body);
        String enclosed = RelayWrapping.enclosedWords(body);
        String text = enclosed != null ? enclosed : body.substring(0, RelayWrapping.footerStart(body));
        text = trimBlankLines(text.substring(0, QuotedHistory.start(text)));
        if (text.isBlank()) {
            return new ReadableText(whole, false);  // nothing but wrapping or quotes: show it all
        }
        return new ReadableText(text, !text.equals(whole));
    }

    /** Without the empty lines at either end; the first line keeps its indentation. */
    private static String trimBlankLines(String text) {
        int start = 0;
        int scan = 0;
        while (scan < text.length() && Character.isWhitespace(text.charAt(scan))) {
            if (text.charAt(scan) == '\n') {
                start = scan + 1;
            }
            scan++;
        }
        return text.substring(Math.min(start, text.length())).stripTrailing();
    }
}
