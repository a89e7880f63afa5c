package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Rule;
import com.relaydesk.lint.RuleExample;
import com.relaydesk.rules.Severity;
import com.relaydesk.rules.OrderIds;
import com.relaydesk.lint.text.TextView;
import com.relaydesk.rules.RuleId;
import java.util.List;

/** C13: an unsolicited critical message names the order ID (decision: a warning, not a block). */
public final class CriticalFormRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.C13;
    }

    @Override
    public String description() {
        return "A critical message names the order ID";
    }

    @Override
    public List<Finding> check(LintContext context) {
        if (!context.unsolicited() || !context.topic().critical()) {
            return List.of();
        }
        for (TextView view : context.views()) {
            if (!OrderIds.findAll(view.text()).isEmpty()) {
                return List.of();
            }
        }
        return List.of(context.finding(id(), Severity.WARN,
                "This critical message does not name the order ID (like 123-1234567-1234567). The buyer and the "
                        + "marketplace expect it in a message the seller starts. Add the order ID to the subject or text.",
                context.subject(), 0, context.subject().text().length()));
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.bad(Draft.unsolicited("Engraving", "Which name should we engrave on the ring?")),
                RuleExample.good(Draft.unsolicited("Engraving for 302-1234567-7654321",
                        "Which name should we engrave on the ring?")));
    }
}
