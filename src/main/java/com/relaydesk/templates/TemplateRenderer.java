package com.relaydesk.templates;

import com.relaydesk.lint.Finding;
import com.relaydesk.lint.Part;
import com.relaydesk.model.Order;
import com.relaydesk.rules.RuleId;
import com.relaydesk.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills a template's variables from an order (E5) and says which could not be filled, and why. */
public final class TemplateRenderer {

    /** {@code {{order.id}}}, spaces inside the braces allowed; group 1 is the variable's key. */
    public static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^{}\\s]*)\\s*}}");

    public RenderedTemplate render(Template template, Order order, String sellerName) {
        return render(template, order, MessageFacts.NONE, sellerName);
    }

    /** As {@link #render(Template, Order, String)}, with what the message answered says where the order does not. */
    public RenderedTemplate render(Template template, Order order, MessageFacts message, String sellerName) {
        List<Finding> findings = new ArrayList<>();
        String subject = fill(template, template.subject(), Part.SUBJECT, order, message, sellerName, findings);
        String text = fill(template, template.body(), Part.TEXT, order, message, sellerName, findings);
        return new RenderedTemplate(template, subject, text, findings);
    }

    private String fill(Template template, String source, Part part, Order order, MessageFacts facts,
                        String sellerName, List<Finding> findings) {
        StringBuilder out = new StringBuilder(source.length() + 32);
        Matcher m = VARIABLE.matcher(source);
        int last = 0;
        while (m.find()) {
            out.append(source, last, m.start());
            last = m.end();
            String key = m.group(1);
            Optional<TemplateVariable> variable = TemplateVariable.byKey(key);
            Optional<String> value = variable.flatMap(v -> v.valueFor(order, facts, sellerName, template.locale()));
            if (value.isPresent()) {
                out.append(value.get());
                continue;
            }
            int start = out.length();
            out.append(m.group());
            String message = variable.isPresent() && variable.get() == TemplateVariable.SELLER_NAME
                    ? "{{seller.name}} cannot be filled: RelayDesk does not know your shop's name yet. Set it under "
                    + TemplateVariable.SHOP_NAME_SETTING + ", or write the name here."
                    : variable.isEmpty()
                    ? "Unknown variable {{" + key + "}}. RelayDesk cannot fill it, so the buyer would see the braces. "
                    + "Use one of " + known() + ", or write the text yourself."
                    : order == null && facts.orderId() != null
                    ? "{{" + key + "}} cannot be filled: order " + facts.orderId() + " is not in RelayDesk yet. Import "
                    + "the orders report (menu → Import orders report…), or replace the variable with the text."
                    : "{{" + key + "}} cannot be filled: " + (order == null
                    ? "no order is selected" : "the order has no " + variable.get().description().replaceFirst("^the ", "")
                    .replaceFirst("^your ", "")) + ". Choose an order that has it, or replace the variable with the text.";
            findings.add(new Finding(RuleId.E5, Severity.BLOCK, message, part, start, out.length()));
        }
        out.append(source, last, source.length());
        return out.toString();
    }

    static String known() {
        StringBuilder s = new StringBuilder();
        for (TemplateVariable v : TemplateVariable.values()) {
            s.append(s.length() == 0 ? "" : ", ").append("{{").append(v.key()).append("}}");
        }
        return s.toString();
    }
}
