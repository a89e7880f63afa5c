package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Rule;
import com.relaydesk.lint.RuleExample;
import com.relaydesk.rules.Severity;
import com.relaydesk.lint.text.Match;
import com.relaydesk.lint.text.TextView;
import com.relaydesk.rules.RuleId;
import java.util.ArrayList;
import java.util.List;

/**
 * C11: text the buyer wrote and the seller quotes is not the seller's content and never triggers
 * C3–C9 — the context sets it apart before any rule reads the draft, comparing each quoted line
 * with the buyer's message. This rule only points out, as information, a contact detail or link
 * inside such a quote, since trimming it costs nothing, and text marked as quoted that is checked
 * all the same because the buyer did not write it (or the buyer's message is not known).
 */
public final class QuotedTextRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.C11;
    }

    @Override
    public String description() {
        return "Quoted buyer text is not checked";
    }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (TextView body : context.bodies()) {
            TextView unproven = body.unproven();
            if (unproven != null) {
                findings.add(unprovenNote(context, unproven));
            }
            TextView quoted = body.quoted();
            if (quoted == null) {
                continue;
            }
            LintContext.Spotted spotted = context.spotted(quoted);
            List<Match> all = new ArrayList<>(spotted.emails());
            all.addAll(spotted.links());
            all.addAll(spotted.phones());
            if (!all.isEmpty()) {
                Match first = all.get(0);
                findings.add(context.finding(id(), Severity.INFO,
                        "The buyer's quoted text contains \"" + first.value() + "\". It is the buyer's, so RelayDesk "
                                + "does not count it against you; you may still trim the quote to keep the message short.",
                        quoted, first.start(), first.end()));
            }
        }
        return findings;
    }

    /** Why text marked as a quote is checked after all: the buyer did not write it, or RelayDesk cannot tell. */
    private Finding unprovenNote(LintContext context, TextView unproven) {
        String text = unproven.text();
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String why = unproven.buyerKnown()
                ? "This is marked as quoted, but it is not in the buyer's message, so it counts as your own text "
                        + "and is checked like your own."
                : "RelayDesk does not have the buyer's message here, so text marked as quoted is checked like your "
                        + "own: only what the buyer wrote is spared.";
        return context.finding(id(), Severity.INFO, why, unproven, start, end);
    }

    @Override
    public List<RuleExample> examples() {
        String buyer = "Does it fit a 30 cm shelf? Call me on 0171 2345678 if it's easier.";
        return List.of(
                RuleExample.bad(Draft.reply("Re: call me", "Sorry, we can only help here.\n\n> Call me on 0171 2345678")
                        .withQuotedBuyerText(List.of(buyer))),
                RuleExample.bad(Draft.reply("Re: hi", "Here is the answer.\n\n> Does it fit a 30 cm shelf?")),
                RuleExample.good(Draft.reply("Re: hi", "Here is the answer.\n\n> Does it fit a 30 cm shelf?")
                        .withQuotedBuyerText(List.of(buyer))));
    }
}
