package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Rule;
import com.relaydesk.lint.RuleExample;
import com.relaydesk.rules.Severity;
import com.relaydesk.model.OrderStatus;
import com.relaydesk.rules.ContactReason;
import com.relaydesk.rules.RuleId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** B7: the contact reason must be one Seller Central offers for the order's status. */
public final class ContactReasonRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.B7;
    }

    @Override
    public String description() {
        return "The contact reason fits the order's status";
    }

    @Override
    public List<Finding> check(LintContext context) {
        ContactReason reason = context.draft().contactReason();
        OrderStatus status = context.draft().orderStatus();
        if (reason == null || status == null || status == OrderStatus.CANCELED || reason.isOfferedFor(status)) {
            return List.of();
        }
        String offered = ContactReason.offeredFor(status).stream().map(ContactReason::label)
                .collect(Collectors.joining(", "));
        return List.of(context.finding(id(), Severity.BLOCK,
                "Contact reason \"" + reason.label() + "\" is not offered for an order that is "
                        + status.name().toLowerCase(Locale.ROOT) + " (for example, nothing about returns before it "
                        + "ships). Choose one of: " + offered + ".",
                context.subject(), 0, context.subject().text().length()));
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.bad(Draft.reply("Return", "Here are the return steps.")
                        .withContactReason(ContactReason.RETURN).withOrderStatus(OrderStatus.UNSHIPPED)),
                RuleExample.good(Draft.reply("Return", "Here are the return steps.")
                        .withContactReason(ContactReason.RETURN).withOrderStatus(OrderStatus.DELIVERED)));
    }
}
