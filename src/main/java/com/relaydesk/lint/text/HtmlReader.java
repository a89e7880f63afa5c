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

    public static Result read(String html, BuyerWords buyer) {
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Builder own = new Builder(html);
        Builder quoted = new Builder(html);
        Builder unproven = new Builder(html);
        walk(document, own, false);
        own.sortQuotes(buyer, quoted, unproven);
        for (String passage : buyer.written()) {
            own.moveToQuoted(passage.strip(), quoted);
        }
        TextView view = own.build();
        if (!quoted.isBlank()) {
            view.quoted(quoted.build());
        }
        if (!unproven.isBlank()) {
            view.unproven(unproven.build(), buyer.known());
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

    /** Collects the visible text; what stands in a quote container is marked, to be compared with the buyer's words. */
    private static void walk(Node node, Builder own, boolean inQuote) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode textNode) {
                own.append(textNode, inQuote);
            } else if (child instanceof Element element) {
                String name = element.normalName();
                if (INVISIBLE.contains(name)) {
                    continue;
                }
                boolean quote = inQuote || isQuote(element);
                int at = Math.max(0, element.sourceRange().startPos());
                if (BLOCKS.contains(name)) {
                    own.newline(at);
                }
                walk(element, own, quote);
                if (BLOCKS.contains(name)) {
                    own.newline(Math.max(at, element.endSourceRange().isTracked()
                            ? element.endSourceRange().startPos() : at));
                }
            }
        }
    }

    /** Collects text and the source offset of every character. */
    private static final class Builder {
        private final String source;
        private final StringBuilder text = new StringBuilder();
        private final java.util.BitSet marked = new java.util.BitSet();
        private int[] offsets;

        Builder(String source) {
            this.source = source;
            offsets = new int[Math.max(16, source.length() / 2)];
        }

        void append(TextNode node, boolean inQuote) {
            int from = text.length();
            append(node);
            if (inQuote) {
                marked.set(from, text.length());
            }
        }

        private void append(TextNode node) {
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
                move(at, at + passage.length(), quoted);
            }
        }

        /**
         * Line by line, text from a quote container goes to {@code quoted} when the buyer wrote it
         * (with the attribution line above it, "On … wrote:"), else it stays the seller's and is
         * copied to {@code unproven}: a blockquote proves nothing, anyone can write one (C11).
         */
        void sortQuotes(BuyerWords buyer, Builder quoted, Builder unproven) {
            if (marked.isEmpty()) {
                return;
            }
            int attributionStart = -1;
            int attributionEnd = -1;
            int lineStart = 0;
            while (lineStart < text.length()) {
                int lineEnd = text.indexOf("\n", lineStart);
                lineEnd = lineEnd < 0 ? text.length() : lineEnd;
                String line = text.substring(lineStart, lineEnd);
                boolean inQuote = marked.nextSetBit(lineStart) >= 0 && marked.nextSetBit(lineStart) < lineEnd;
                if (line.isBlank()) {
                    // an empty line keeps an attribution waiting for its quote
                } else if (line.length() <= 200 && PlainTextReader.isAttribution(
                        TextView.lowerSameLength(line), 0, line.length()) && PlainTextReader.nothingOfItsOwn(line)) {
                    attributionStart = lineStart;
                    attributionEnd = lineEnd;
                } else if (inQuote) {
                    if (buyer.wrote(line)) {
                        if (attributionStart >= 0) {
                            move(attributionStart, attributionEnd, quoted);
                        }
                        move(lineStart, lineEnd, quoted);
                    } else {
                        copy(lineStart, lineEnd, unproven);
                    }
                    attributionStart = -1;
                } else {
                    attributionStart = -1;
                }
                lineStart = lineEnd + 1;
            }
            if (attributionStart >= 0 && marked.get(attributionStart)) {
                copy(attributionStart, attributionEnd, unproven);
            }
        }

        private void move(int from, int to, Builder quoted) {
            quoted.newline(offsets[from]);
            for (int i = from; i < to; i++) {
                quoted.add(text.charAt(i), offsets[i]);
                if (text.charAt(i) != '\n') {
                    text.setCharAt(i, ' ');
                }
            }
        }

        private void copy(int from, int to, Builder unproven) {
            unproven.newline(offsets[from]);
            for (int i = from; i < to; i++) {
                unproven.add(text.charAt(i), offsets[i]);
            }
        }

        TextView build() {
            return new TextView(Part.HTML, text.toString(), java.util.Arrays.copyOf(offsets, text.length()),
                    source.length());
        }
    }
}
