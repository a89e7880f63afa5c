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

    /** Of a message's plain body, or of its HTML shown as safe text when it has no plain one. */
    public static ReadableText ofMessage(String textBody, String htmlBody) {
        boolean plain = textBody != null && !textBody.isBlank();
        return of(plain || htmlBody == null ? textBody : SafeHtml.render(htmlBody).text());
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
