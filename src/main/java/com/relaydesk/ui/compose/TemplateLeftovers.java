package com.relaydesk.ui.compose;

import com.relaydesk.lint.Finding;
import com.relaydesk.lint.Part;
import com.relaydesk.rules.RuleId;
import com.relaydesk.rules.Severity;
import com.relaydesk.templates.TemplateRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a template left in the text to be filled: a variable the order had no value for would reach
 * the buyer as braces, and a "write here" marker as an unfinished reply (E5). Both block and are named.
 */
final class TemplateLeftovers {

    /** The starter templates' "write here" markers, e.g. [Your answer here], [Ihre Antwort hier]. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[(Your|Ihre|Votre|Su|La vostra) [^\\]]{1,40}\\]");

    private TemplateLeftovers() {
    }

    /** @param orderKnown the reply's order is imported (so a variable left is one it has no value for) */
    static List<Finding> in(Part part, String text, boolean orderKnown) {
        List<Finding> found = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            found.add(new Finding(RuleId.E5, Severity.BLOCK, "The template's placeholder "
                    + placeholder.group() + " is still here: write your answer in its place.", part,
                    placeholder.start(), placeholder.end()));
        }
        Matcher variable = TemplateRenderer.VARIABLE.matcher(text);
        while (variable.find()) {
            boolean shopName = variable.group(1).equals(com.relaydesk.templates.TemplateVariable.SELLER_NAME.key());
            found.add(new Finding(RuleId.E5, Severity.BLOCK, "{{" + variable.group(1) + "}} is not filled "
                    + "in: the buyer would see the braces. " + (shopName
                    ? "RelayDesk does not know your shop's name yet: write it here, and set "
                    + com.relaydesk.templates.TemplateVariable.SHOP_NAME_SETTING + " for the next replies."
                    : orderKnown ? "The order has no value for it: replace it with the text."
                    : "Replace it with the text, or import the orders report (menu → Import orders report…) and "
                    + "start the reply again."),
                    part, variable.start(), variable.end()));
        }
        return found;
    }
}
