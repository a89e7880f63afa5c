package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Rule;
import com.relaydesk.lint.RuleExample;
import com.relaydesk.rules.Severity;
import com.relaydesk.rules.ContactReason;
import com.relaydesk.rules.RuleId;
import java.util.List;

/**
 * C1: an unsolicited message must be critical. A non-critical Seller Central reason blocks; a
 * message whose topic the linter cannot recognise warns, since it may still be critical.
 * Messages that read as one of the C2 kinds are left to {@link NotCriticalRule}.
 */
public final class CriticalOnlyRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.C1;
    }

    @Override
    public String description() {
        return "Only critical messages may be sent without the buyer writing first";
    }

    @Override
    public List<Finding> check(LintContext context) {
        if (!context.unsolicited() || context.topic().critical() || context.topic().notCritical() != null) {
            return List.of();
        }
        ContactReason reason = context.draft().contactReason();
        int subjectLength = context.subject().text().length();
        if (reason != null) {
            return List.of(context.finding(id(), Severity.BLOCK,
                    "This message starts a conversation with contact reason \"" + reason.label() + "\", which is "
                            + "not critical. Sellers may write first only about product customization, delivery "
                            + "scheduling or a shipping-address problem. Send it only as a reply to the buyer, or "
                            + "not at all.",
                    context.subject(), 0, subjectLength));
        }
        // answering a buyer, but outside their thread: the relay sees a message the seller started
        String answering = context.draft().quotedBuyerText().isEmpty() ? ""
                : "Sent as a new message, outside the buyer's thread, this counts as one you started even though "
                        + "the buyer wrote first; to answer them, untick \"Send as a new message\". ";
        return List.of(context.finding(id(), Severity.WARN, answering
                + "RelayDesk cannot tell that this unsolicited message is critical. Sellers may write first only "
                        + "about product customization, delivery scheduling or a shipping-address problem. If it is "
                        + "one of these, say so plainly (and name the order); otherwise don't send it.",
                context.subject(), 0, subjectLength));
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.bad(Draft.unsolicited("Hello from our team", "Hello, we hope all is well with you.")),
                RuleExample.bad(Draft.unsolicited("Your order", "Hello, a short note about your order.")
                        .withContactReason(ContactReason.ORDER_INFORMATION)),
                RuleExample.good(Draft.unsolicited("Delivery appointment for order 302-1234567-7654321",
                        "Hello, the freight carrier needs to schedule the delivery of your sofa. Which day suits you?")),
                RuleExample.good(Draft.reply("Re: hello", "Hello, yes, we can help with that.")));
    }
}
