package com.relaydesk.templates;

import com.relaydesk.model.Order;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reverse of filling a template: a reply written for one order, turned into a template by
 * putting the variables back where that order's values stand ("111-…" → {{order.id}}), so the
 * template fits the next buyer too.
 */
public final class OrderValues {

    /** One value found in the text and the variable that would stand in its place. */
    public record Replacement(TemplateVariable variable, String value) {
    }

    private OrderValues() {
    }

    /** The values of this order (and the seller's name) that occur in the text, longest first. */
    public static List<Replacement> foundIn(String text, Order order, String sellerName, Locale locale) {
        Map<String, TemplateVariable> byValue = new LinkedHashMap<>();
        for (TemplateVariable variable : TemplateVariable.values()) {
            variable.valueFor(order, sellerName, locale)
                    .filter(value -> value.length() >= 3) // "DE" or "Al" would match inside other words
                    .ifPresent(value -> byValue.putIfAbsent(value, variable));
        }
        List<Replacement> found = new ArrayList<>();
        byValue.forEach((value, variable) -> {
            if (word(value).matcher(text).find()) {
                found.add(new Replacement(variable, value));
            }
        });
        found.sort((a, b) -> Integer.compare(b.value().length(), a.value().length()));
        return found;
    }

    /** The text with each found value replaced by its variable, longest value first. */
    public static String toVariables(String text, List<Replacement> replacements) {
        String out = text;
        for (Replacement r : replacements) {
            out = word(r.value()).matcher(out).replaceAll(Matcher.quoteReplacement("{{" + r.variable().key() + "}}"));
        }
        return out;
    }

    private static Pattern word(String value) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])");
    }
}
