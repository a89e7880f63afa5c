package com.relaydesk.ui.reading;

import com.relaydesk.inbox.ReadableText;
import com.relaydesk.inbox.SafeHtml;
import com.relaydesk.model.MessageDetail;
import java.util.List;

/**
 * What the reading pane shows of a message's text, prepared off the application thread: the
 * plain body, or the HTML as safe text (what was held back noted), its readable words, and both
 * cut to {@value #LIMIT} characters. A text area lays out all of its text, and a damaged message
 * whose attachment was read as text can run to megabytes: the window would stop answering.
 *
 * @param whole      the text, at most {@value #LIMIT} characters
 * @param readable   the writer's own words of it
 * @param rendered   the HTML as shown, or null for a plain body
 * @param leftOut    characters past the limit, not shown
 */
record ShownText(String whole, ReadableText readable, SafeHtml.Rendered rendered, int leftOut) {

    static final int LIMIT = 300_000;
    static final ShownText NONE = new ShownText("", ReadableText.of(""), null, 0);

    static ShownText of(MessageDetail message) {
        if (message == null) {
            return NONE;
        }
        SafeHtml.Rendered rendered = !message.textBody().isBlank() || message.htmlBody() == null ? null
                : SafeHtml.render(message.htmlBody());
        String text = rendered == null ? message.textBody() : rendered.text();
        int leftOut = Math.max(0, text.length() - LIMIT);
        String shown = leftOut == 0 ? text : text.substring(0, LIMIT);
        return new ShownText(shown, ReadableText.of(shown), rendered, leftOut);
    }

    /** The remote images the user may choose to load. */
    List<String> remoteImages() {
        return rendered == null ? List.of() : rendered.remoteImageUrls();
    }
}
