package com.relaydesk.lint.text;

import com.relaydesk.lint.Part;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads an HTML body: the parsed document for the structural rules (links, images, scripts) and
 * the visible text for the wording rules, each character mapped back to the HTML source.
 * Quoted buyer text ({@code <blockquote>}, mail clients' quote containers) goes to a view of its
 * own (C11).
 */
public final class HtmlReader {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3",
            "h4", "h5", "h6", "table", "ul", "ol", "blockquote", "hr", "section", "article", "header", "footer",
            "pre", "address", "center", "dd", "dt");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "head", "title", "noscript", "template");

    /** A parsed HTML body. */
    public record Result(Document document, TextView view) {
    }

    private HtmlReader() {
    }

    public static Result read(String html, List<String> buyerText) {
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Builder own = new Builder(html);
        Builder quoted = new Builder(html);
        walk(document, own, quoted, false);
        for (String passage : buyerText) {
            own.moveToQuoted(passage.strip(), quoted);
        }
        TextView view = own.build();
        if (!quoted.isBlank()) {
            view.quoted(quoted.build());
        }
        return new Result(document, view);
    }

    /** Whether an element holds quoted text of an earlier message. */
    public static boolean isQuote(Element element) {
        if (element.nameIs("blockquote") || "cite".equalsIgnoreCase(element.attr("type"))) {
            return true;
        }
        String classes = element.className().toLowerCase(Locale.ROOT);
        return classes.contains("gmail_quote") || classes.contains("moz-cite-prefix")
                || classes.contains("yahoo_quoted") || classes.contains("buyer-message");
    }

    private static void walk(Node node, Builder own, Builder quoted, boolean inQuote) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode textNode) {
                (inQuote ? quoted : own).append(textNode);
            } else if (child instanceof Element element) {
                String name = element.normalName();
                if (INVISIBLE.contains(name)) {
                    continue;
                }
                boolean quote = inQuote || isQuote(element);
                Builder target = quote ? quoted : own;
                int at = Math.max(0, element.sourceRange().startPos());
                if (BLOCKS.contains(name)) {
                    target.newline(at);
                }
                walk(element, own, quoted, quote);
                if (BLOCKS.contains(name)) {
                    target.newline(Math.max(at, element.endSourceRange().isTracked()
                            ? element.endSourceRange().startPos() : at));
                }
            }
        }
    }

    /** Collects text and the source offset of every character. */
    private static final class Builder {
        private final String source;
        private final StringBuilder text = new StringBuilder();
        private int[] offsets;

        Builder(String source) {
            this.source = source;
            offsets = new int[Math.max(16, source.length() / 2)];
        }

        void append(TextNode node) {
            String value = node.getWholeText();
            Range range = node.sourceRange();
            if (!range.isTracked()) {
                for (int i = 0; i < value.length(); i++) {
                    add(value.charAt(i), 0);
                }
                return;
            }
            int start = range.startPos();
            int end = Math.min(range.endPos(), source.length());
            // Walk source and text together; an entity such as &amp; maps to the '&' that starts it.
            int s = start;
            for (int i = 0; i < value.length(); i++) {
                int at = Math.min(s, Math.max(start, end - 1));
                add(value.charAt(i), at);
                if (s < end && source.charAt(s) == '&') {
                    int semicolon = source.indexOf(';', s);
                    s = semicolon > s && semicolon - s <= 32 && semicolon < end ? semicolon + 1 : s + 1;
                } else {
                    s++;
                }
            }
        }

        void newline(int at) {
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                add('\n', at);
            }
        }

        private void add(char c, int sourceOffset) {
            if (text.length() == offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[text.length()] = sourceOffset;
            text.append(c);
        }

        boolean isBlank() {
            return text.toString().isBlank();
        }

        void moveToQuoted(String passage, Builder quoted) {
            if (passage.length() < 3) {
                return;
            }
            for (int at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + passage.length())) {
                quoted.newline(offsets[at]);
                for (int i = at; i < at + passage.length(); i++) {
                    quoted.add(text.charAt(i), offsets[i]);
                    if (text.charAt(i) != '\n') {
                        text.setCharAt(i, ' ');
                    }
                }
            }
        }

        TextView build() {
            return new TextView(Part.HTML, text.toString(), java.util.Arrays.copyOf(offsets, text.length()),
                    source.length());
        }
    }
}
