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
import java.util.regex.Pattern;

/**
 * C9: images must show the seller's brand or the ordered product. Stock, lifestyle and catalog
 * images block; a logo passes; any other image warns, since the linter cannot judge it
 * (decision). Tracking pixels and trackers are C8's.
 */
public final class ImageRule implements Rule {

    private static final Pattern STOCK = Pattern.compile(
            "(?i)stock|shutterstock|istock|gettyimages|getty|unsplash|pexels|pixabay|depositphotos|dreamstime|123rf"
                    + "|lifestyle|banner|catalog|katalog|catalogue|promo|sale|newsletter|campaign|kampagne");
    private static final Pattern BRAND = Pattern.compile("(?i)logo|signature|signatur|firma|brand|marke");

    @Override
    public RuleId id() {
        return RuleId.C9;
    }

    @Override
    public String description() {
        return "Images only of the seller's brand or the ordered product";
    }

    @Override
    public List<Finding> check(LintContext context) {
        if (context.html() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (HtmlImages.Image image : HtmlImages.of(context.html())) {
            var element = image.element();
            if (context.quotedFromBuyer(element) || (image.remote() && (HtmlImages.tinyOrHidden(element)
                    || HtmlImages.tracker(image.source())))) {
                continue;
            }
            String described = (image.source() + " " + element.attr("alt") + " " + element.attr("title") + " "
                    + element.className()).toLowerCase(Locale.ROOT);
            int start = HtmlSpans.start(element);
            int end = image.css() ? start : HtmlSpans.end(element);
            List<Fix> fixes = image.css() ? List.of() : List.of(Fix.remove("Remove the image", Part.HTML, start, end));
            if (STOCK.matcher(described).find()) {
                findings.add(new Finding(id(), Severity.BLOCK, "This image looks like a stock, lifestyle or catalog "
                        + "picture (" + image.source() + "). Images must show your brand or the product the buyer "
                        + "ordered. Remove it.", Part.HTML, start, end, fixes));
            } else if (!BRAND.matcher(described).find()) {
                findings.add(new Finding(id(), Severity.WARN, "RelayDesk cannot tell what this image shows ("
                        + image.source() + "). Images must show your brand or the product the buyer ordered; stock or "
                        + "lifestyle pictures are forbidden. Keep it only if it shows the product or your logo.",
                        Part.HTML, start, end, fixes));
            }
        }
        return findings;
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.bad(Draft.htmlReply("Re: lamp", "<p>Enjoy!</p><img src=\"https://cdn.example.com/shutterstock_123.jpg\" width=\"600\">")),
                RuleExample.bad(Draft.htmlReply("Re: lamp", "<p>Here is the part:</p><img src=\"cid:part1\" width=\"400\">")),
                RuleExample.good(Draft.htmlReply("Re: lamp", "<p>Regards, Anna</p><img src=\"cid:shop-logo\" alt=\"Lampenhaus logo\">")));
    }
}
