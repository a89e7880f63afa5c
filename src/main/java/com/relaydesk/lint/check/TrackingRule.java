package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.Fix;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Part;
import com.relaydesk.lint.Rule;
import com.relaydesk.lint.RuleExample;
import com.relaydesk.rules.Severity;
import com.relaydesk.rules.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * C8: no tracking pixels, web beacons, analytics or code that detects opens — 1×1 or hidden
 * remote images, images from tracking services, scripts, frames, embedded objects, event
 * handlers.
 */
public final class TrackingRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.C8;
    }

    @Override
    public String description() {
        return "No tracking pixels, web beacons, analytics or scripts";
    }

    @Override
    public List<Finding> check(LintContext context) {
        if (context.html() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (HtmlImages.Image image : HtmlImages.of(context.html())) {
            if (context.quotedFromBuyer(image.element()) || !image.remote()) {
                continue;
            }
            boolean tracker = HtmlImages.tracker(image.source());
            if (tracker || HtmlImages.tinyOrHidden(image.element())) {
                findings.add(remove(image.element(), "A tracking pixel (" + (tracker ? "an image from a tracking address, "
                        : "a tiny or hidden remote image, ") + image.source() + ") tells the sender when the buyer opens "
                        + "the message. Tracking opens is forbidden. Remove it.", image.css()));
            }
        }
        for (Element code : context.html().select("script, iframe, object, embed, applet, frame, link[href]")) {
            if (code.nameIs("link") && !code.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet")) {
                continue;
            }
            findings.add(remove(code, "Embedded code (<" + code.normalName() + ">) can report when and where the message "
                    + "is opened. Scripts, frames, analytics and anything that detects opens are forbidden. Remove it.", false));
        }
        for (Element handler : context.html().select("[onload], [onerror], [onclick], [onmouseover]")) {
            int start = HtmlSpans.start(handler);
            findings.add(new Finding(id(), Severity.BLOCK, "Script in an event handler of <" + handler.normalName()
                    + ">: code in a message can detect opens and is forbidden. Remove the handler.", Part.HTML,
                    start, start));
        }
        return findings;
    }

    private Finding remove(Element element, String message, boolean css) {
        int start = HtmlSpans.start(element);
        int end = HtmlSpans.end(element);
        if (css) {
            // The image is named in a style; removing the element would remove content with it.
            return new Finding(id(), Severity.BLOCK, message, Part.HTML, start, start);
        }
        return new Finding(id(), Severity.BLOCK, message, Part.HTML, start, end,
                List.of(Fix.remove("Remove it", Part.HTML, start, end)));
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.bad(Draft.htmlReply("Re: order", "<p>Thanks.</p><img src=\"https://t.myshop.de/o.gif?id=7\" width=\"1\" height=\"1\">")),
                RuleExample.bad(Draft.htmlReply("Re: order", "<p>Thanks.</p><script>fetch('https://x.example/open')</script>")),
                RuleExample.bad(Draft.htmlReply("Re: order", "<p>Hi</p><img src=\"https://www.google-analytics.com/collect?v=1&tid=UA-1\">")),
                RuleExample.good(Draft.htmlReply("Re: order", "<p>The replacement left today.</p><img src=\"cid:logo\" alt=\"Logo\">")));
    }
}
