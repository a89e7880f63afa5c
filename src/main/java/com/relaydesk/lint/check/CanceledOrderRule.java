package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Rule;
import com.relaydesk.lint.RuleExample;
import com.relaydesk.rules.Severity;
import com.relaydesk.model.OrderStatus;
import com.relaydesk.rules.RuleId;
import java.util.List;

/** B6: no messaging about a canceled order, in either direction. */
public final class CanceledOrderRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.B6;
    }

    @Override
    public String description() {
        return "No messages about a canceled order";
    }

    @Override
    public List<Finding> check(LintContext context) {
        if (context.draft().orderStatus() != OrderStatus.CANCELED) {
            return List.of();
        }
        return List.of(context.finding(id(), Severity.BLOCK,
                "This order is canceled. The marketplace allows no messages about a canceled order, in either "
                        + "direction; the buyer can reach Amazon customer service instead. Don't send it.",
                context.subject(), 0, context.subject().text().length()));
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.bad(Draft.reply("Re: cancel", "Your order is canceled.").withOrderStatus(OrderStatus.CANCELED)),
                RuleExample.good(Draft.reply("Re: where", "It arrives Friday.").withOrderStatus(OrderStatus.SHIPPED)));
    }
}
