package com.relaydesk.lint.check;

import org.jsoup.nodes.Element;

/** Where an element stands in the HTML source, start tag to end tag. */
final class HtmlSpans {

    private HtmlSpans() {
    }

    static int start(Element element) {
        return Math.max(0, element.sourceRange().startPos());
    }

    static int end(Element element) {
        if (element.endSourceRange().isTracked()) {
            return element.endSourceRange().endPos();
        }
        return Math.max(start(element), element.sourceRange().endPos());
    }
}
