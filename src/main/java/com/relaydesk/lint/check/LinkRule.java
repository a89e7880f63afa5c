package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.Fix;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Part;
import com.relaydesk.lint.Rule;
import com.relaydesk.lint.RuleExample;
import com.relaydesk.rules.Severity;
import com.relaydesk.lint.text.Domains;
import com.relaydesk.lint.text.LinkFinder;
import com.relaydesk.lint.text.Match;
import com.relaydesk.lint.text.TextView;
import com.relaydesk.rules.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * C5: no external links unless needed to complete the order. A carrier's page (to book a
 * delivery slot) warns; the marketplace's own pages pass; anything else blocks — in text, in
 * anchors, image maps and forms, and a logo wrapped in a link.
 */
public final class LinkRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.C5;
    }

    @Override
    public String description() {
        return "No external links unless needed to complete the order";
    }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        List<int[]> anchored = new ArrayList<>();
        if (context.html() != null) {
            for (Element element : context.html().select("a[href], area[href], form[action]")) {
                if (context.quotedFromBuyer(element)) {
                    continue;
                }
                anchored.add(new int[] {HtmlSpans.start(element), HtmlSpans.end(element)});
                Finding finding = elementFinding(context, element);
                if (finding != null) {
                    findings.add(finding);
                }
            }
        }
        for (TextView view : context.views()) {
            for (Match link : context.spotted(view).links()) {
                int sourceStart = view.sourceStart(link.start());
                if (view.part() == Part.HTML && anchored.stream().anyMatch(r -> sourceStart >= r[0] && sourceStart < r[1])) {
                    continue;
                }
                String host = Domains.host(link.value());
                if (Domains.isMarketplace(host)) {
                    continue;
                }
                boolean carrier = Domains.isCarrier(host);
                findings.add(context.finding(id(), carrier ? Severity.WARN : Severity.BLOCK, message(link.value(), carrier),
                        view, link.start(), link.end(), context.orDropSentence(
                                context.fix("Remove the link", view, link.start(), link.end(), ""),
                                view, link.start(), link.end())));
            }
        }
        return findings;
    }

    private Finding elementFinding(LintContext context, Element element) {
        int start = HtmlSpans.start(element);
        int end = HtmlSpans.end(element);
        if (element.nameIs("form")) {
            return new Finding(id(), Severity.BLOCK, "This message holds a form that sends what the buyer types to "
                    + element.attr("action") + ", off the relay. Forms and external links are forbidden. Remove the form.",
                    Part.HTML, start, end, List.of(Fix.remove("Remove the form", Part.HTML, start, end)));
        }
        String href = element.attr("href").strip();
        String lowerHref = href.toLowerCase(Locale.ROOT);
        if (lowerHref.startsWith("mailto:") || lowerHref.startsWith("tel:") || lowerHref.startsWith("sms:")
                || lowerHref.startsWith("#") || lowerHref.startsWith("cid:") || lowerHref.isEmpty()) {
            return null; // contact links are C6's; in-message anchors go nowhere
        }
        String host = Domains.host(href);
        if (!lowerHref.contains("://") && !lowerHref.startsWith("www.") && !lowerHref.startsWith("//")) {
            if (LinkFinder.find(href).isEmpty()) {
                return null; // relative link: goes nowhere outside the message
            }
        }
        if (Domains.isMarketplace(host)) {
            return null;
        }
        boolean carrier = Domains.isCarrier(host);
        Element logo = element.selectFirst("img");
        if (logo != null && element.text().isBlank()) {
            return new Finding(id(), Severity.BLOCK,
                    "An image (logo) is wrapped in a link to " + href + ". A logo may appear in the signature only "
                            + "without a link. Keep the image and remove the link.",
                    Part.HTML, start, end, List.of(new Fix("Keep the logo, remove its link", Part.HTML, start, end,
                            element.select("img").outerHtml())));
        }
        String text = element.nameIs("area") ? "" : element.text();
        String replacement = text.isBlank() || !LinkFinder.find(text).isEmpty() ? "" : escape(text);
        return new Finding(id(), carrier ? Severity.WARN : Severity.BLOCK, message(href, carrier), Part.HTML, start, end,
                List.of(new Fix("Remove the link, keep its text", Part.HTML, start, end, replacement)));
    }

    private static String message(String url, boolean carrier) {
        if (carrier) {
            return "Link to a carrier's page (" + url + "). Links are allowed only when needed to complete the order, "
                    + "such as booking a delivery slot with the carrier. Keep it only if it does that; otherwise remove it.";
        }
        return "External link (" + url + "). Links take the buyer off the marketplace and are forbidden unless "
                + "needed to complete the order. Remove it; describe what the buyer needs in the message instead.";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.bad(Draft.reply("Re: manual", "The manual is at https://myshop.example.com/manual.pdf today.")),
                RuleExample.bad(Draft.reply("Re: cancel", "We cancelled it. Or visit www.myshop.example for more.")),
                RuleExample.bad(Draft.reply("Re: manual", "Find it at www dot myshop dot com in the help area.")),
                RuleExample.bad(Draft.reply("Re: manual", "See h t t p s : / / m y s h o p . c o m for it.")),
                RuleExample.bad(Draft.htmlReply("Re: manual",
                        "<p>Best regards</p><a href=\"https://myshop.de\"><img src=\"cid:logo\" alt=\"logo\"></a>")),
                RuleExample.bad(Draft.htmlReply("Re: Anleitung",
                        "<p>Die Anleitung finden Sie <a href=\"https://myshop.de/hilfe\">hier</a>.</p>")),
                RuleExample.good(Draft.reply("Re: manual", "I attached the manual as manual.pdf, version 2.1.")),
                RuleExample.good(Draft.reply("Re: order", "You can see it under Your Orders on amazon.de.")));
    }
}
