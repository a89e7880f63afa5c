package com.relaydesk.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns received HTML mail into text that can be shown without running anything or fetching
 * anything: scripts, styles, frames, forms and remote images never reach the screen. What was
 * held back is counted so the reading pane can say so.
 */
public final class SafeHtml {

    private static final Set<String> LINES = Set.of("tr", "li");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "pre", "table", "ul", "ol", "hr", "section", "article", "header", "footer");
    private static final Set<String> NEVER_SHOWN = Set.of("script", "style", "iframe", "frame", "object", "embed",
            "form", "noscript", "template", "link", "meta", "base");

    /**
     * Text to show, and what was held back from the original.
     *
     * @param remoteImageUrls the images that would be fetched from the network: shown only when the
     *                        user asks, for that message
     */
    public record Rendered(String text, int remoteImages, int removedActiveContent, List<String> links,
                           List<String> remoteImageUrls) { }

    private SafeHtml() {
    }

    public static Rendered render(String html) {
        if (html == null || html.isBlank()) {
            return new Rendered("", 0, 0, List.of(), List.of());
        }
        Document document = Jsoup.parse(html);
        int active = 0;
        for (Element element : document.select(String.join(",", NEVER_SHOWN))) {
            element.remove();
            active++;
        }
        List<String> remote = new ArrayList<>();
        for (Element image : document.select("img")) {
            String source = image.attr("src").strip();
            String lower = source.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http:") || lower.startsWith("https:")) {
                remote.add(source);
            } else if (lower.startsWith("//")) {
                remote.add("https:" + source);
            }
            String alt = image.attr("alt");
            image.replaceWith(new TextNode(alt.isBlank() ? "" : "[image: " + alt + "]"));
        }
        List<String> links = new ArrayList<>();
        for (Element anchor : document.select("a[href]")) {
            String href = anchor.attr("href");
            if (!href.isBlank() && !href.startsWith("#")) {
                links.add(href);
                if (!anchor.text().equals(href)) {
                    anchor.appendText(" <" + href + ">");
                }
            }
        }
        TextCollector collector = new TextCollector();
        NodeTraversor.traverse(collector, document.body());
        return new Rendered(collector.text(), remote.size(), active, List.copyOf(links), List.copyOf(remote));
    }

    /** Collects text, turning block elements into line breaks and squeezing runs of blank lines. */
    private static final class TextCollector implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String value = text.getWholeText().replaceAll("\\s+", " ");
                if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
                    value = value.stripLeading();
                }
                out.append(value);
            } else if (node instanceof Element element && element.normalName().equals("br")) {
                out.append('\n');
            } else if (node instanceof Element element && element.normalName().equals("li")) {
                startLine();
                out.append("• ");
            } else if (node instanceof Element element && LINES.contains(element.normalName())) {
                startLine();
            } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                newLine();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && LINES.contains(element.normalName())) {
                startLine();
            } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                newLine();
            }
        }

        private void startLine() {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        private void newLine() {
            int length = out.length();
            boolean twoAlready = length >= 2 && out.charAt(length - 1) == '\n' && out.charAt(length - 2) == '\n';
            if (length > 0 && !twoAlready) {
                out.append('\n');
            }
        }

        String text() {
            return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        }
    }
}
