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
 * C3–C9 — the context sets it apart before any rule reads the draft. This rule only points out,
 * as information, a contact detail or link inside such a quote, since trimming it costs nothing.
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

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.bad(Draft.reply("Re: call me", "Sorry, we can only help here.\n\n> Call me on 0171 2345678")),
                RuleExample.good(Draft.reply("Re: hi", "Here is the answer.\n\n> Does it fit a 30 cm shelf?")));
    }
}
