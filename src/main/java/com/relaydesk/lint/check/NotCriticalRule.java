package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Rule;
import com.relaydesk.lint.RuleExample;
import com.relaydesk.rules.Severity;
import com.relaydesk.lint.text.Topics;
import com.relaydesk.rules.RuleId;
import java.util.List;

/**
 * C2: confirmations, thank-you notes, proactive service and delay or out-of-stock notices are
 * never critical, so never sent unsolicited. In a reply they are fine.
 */
public final class NotCriticalRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.C2;
    }

    @Override
    public String description() {
        return "Confirmations, thank-you notes, tips and delay notices are never sent unsolicited";
    }

    @Override
    public List<Finding> check(LintContext context) {
        if (!context.unsolicited()) {
            return List.of(); // in a reply, confirmations and tips are fine; no need to read the topic
        }
        Topics.Reading topic = context.topic();
        if (topic.critical() || topic.notCritical() == null) {
            return List.of();
        }
        String why = topic.notCriticalKind().startsWith("a delay")
                ? " For a delay or an item out of stock, cancel the order instead of writing."
                : " Amazon already tells the buyer what they need; an unsolicited message like this earns a warning.";
        return List.of(context.finding(id(), Severity.BLOCK,
                "This unsolicited message reads as " + topic.notCriticalKind() + " (\"" + topic.notCritical().value()
                        + "\"), which is never critical." + why + " Don't send it, or send it only as a reply when the "
                        + "buyer asks.",
                topic.view(), topic.notCritical().start(), topic.notCritical().end()));
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.bad(Draft.unsolicited("Your order", "Good news: your order has been shipped today.")),
                RuleExample.bad(Draft.unsolicited("Danke", "Vielen Dank für Ihre Bestellung bei uns!")),
                RuleExample.bad(Draft.unsolicited("Delay", "Unfortunately the kettle is out of stock until May.")),
                RuleExample.good(Draft.reply("Re: where is it", "Your order has been shipped today with DHL.")));
    }
}
