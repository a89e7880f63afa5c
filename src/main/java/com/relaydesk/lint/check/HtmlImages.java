package com.relaydesk.lint.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The images of an HTML body — {@code <img>}, image inputs and CSS {@code url(...)} — as C8 and C9 judge them. */
final class HtmlImages {

    private static final Pattern CSS_URL = Pattern.compile("(?i)url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final Pattern SIZE = Pattern.compile("(?i)(?:^|[;\\s])(width|height)\\s*:\\s*([0-9.]+)\\s*(px)?");
    private static final Pattern HIDDEN = Pattern.compile(
            "(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden|opacity\\s*:\\s*0(?:\\.0+)?(?![.0-9])|max-height\\s*:\\s*0");

    /**
     * @param element the element that shows it (for CSS: the element whose style names it)
     * @param source  the image's address
     * @param css     found in a style rather than as an image element
     */
    record Image(Element element, String source, boolean css) {

        boolean remote() {
            String s = source.toLowerCase(Locale.ROOT).strip();
            return s.startsWith("http:") || s.startsWith("https:") || s.startsWith("//");
        }
    }

    private static final Pattern TRACKER = Pattern.compile(
            "(?i)google-analytics|googletagmanager|doubleclick|/collect\\?|facebook\\.com/tr|list-manage\\.com/track"
                    + "|mailchimp|sendgrid\\.net|mandrillapp|hubspot|klaviyo|matomo|piwik|mixpanel|hotjar|segment\\.io"
                    + "|pixel|beacon|/open(?:ed)?[./?]|/track(?:ing)?/open|[?&](?:utm_[a-z]+|uid|open|recipient|rcpt|mid|eid)=");

    /** Whether an image address is a tracking service's or carries a per-recipient tracking parameter. */
    static boolean tracker(String source) {
        return TRACKER.matcher(source).find();
    }

    private HtmlImages() {
    }

    static List<Image> of(Document document) {
        List<Image> images = new ArrayList<>();
        for (Element img : document.select("img[src], input[type=image][src]")) {
            images.add(new Image(img, img.attr("src"), false));
        }
        for (Element styled : document.select("[style], [background]")) {
            if (styled.hasAttr("background")) {
                images.add(new Image(styled, styled.attr("background"), true));
            }
            Matcher url = CSS_URL.matcher(styled.attr("style"));
            while (url.find()) {
                images.add(new Image(styled, url.group(1), true));
            }
        }
        for (Element style : document.select("style")) {
            Matcher url = CSS_URL.matcher(style.data());
            while (url.find()) {
                images.add(new Image(style, url.group(1), true));
            }
        }
        return images;
    }

    /** A 1×1 (or 0) pixel image, or one hidden by its style or an ancestor's: what a tracking pixel looks like. */
    static boolean tinyOrHidden(Element element) {
        if (!element.nameIs("style") && (tiny(element.attr("width")) || tiny(element.attr("height")))) {
            return true;
        }
        for (Element e = element; e != null; e = e.parent()) {
            String style = e.attr("style");
            if (HIDDEN.matcher(style).find() || e.hasAttr("hidden")) {
                return true;
            }
            if (e == element) {
                Matcher size = SIZE.matcher(style);
                while (size.find()) {
                    if (tiny(size.group(2))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean tiny(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace("px", "");
        if (v.isEmpty()) {
            return false;
        }
        try {
            return Double.parseDouble(v) <= 2;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
