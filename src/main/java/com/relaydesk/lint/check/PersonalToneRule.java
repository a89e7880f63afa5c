package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Rule;
import com.relaydesk.lint.RuleExample;
import com.relaydesk.rules.Severity;
import com.relaydesk.lint.text.Lexicon;
import com.relaydesk.lint.text.Match;
import com.relaydesk.lint.text.TextView;
import com.relaydesk.rules.RuleId;
import java.util.ArrayList;
import java.util.List;

/** C12: a template sent unchanged is allowed; the linter suggests personalizing it (info, never a block). */
public final class PersonalToneRule implements Rule {

    private static final Lexicon GENERIC_GREETING = Lexicon.of(
            "dear (valued )?(customer|buyer|sir or madam|sir/madam|client)", "sehr geehrte(r)? (kundin|kunde|damen und herren)",
            "liebe(r)? (kundin|kunde)", "cher client", "chère cliente", "estimado cliente", "gentile cliente");

    @Override
    public RuleId id() {
        return RuleId.C12;
    }

    @Override
    public String description() {
        return "Suggests personalizing template text";
    }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        if (context.draft().unchangedTemplate()) {
            findings.add(context.finding(id(), Severity.INFO,
                    "This is a template sent unchanged. That is allowed; a line about this buyer's order reads better.",
                    context.subject(), 0, 0));
        }
        for (TextView body : context.bodies()) {
            for (Match greeting : GENERIC_GREETING.findAll(body)) {
                findings.add(context.finding(id(), Severity.INFO,
                        "\"" + body.text().substring(greeting.start(), greeting.end()) + "\" is a generic greeting; "
                                + "greeting the buyer by name reads more personal.",
                        body, greeting.start(), greeting.end()));
                break;
            }
        }
        return findings;
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.bad(Draft.reply("Re: size", "Dear customer, the size is 42.")),
                RuleExample.bad(Draft.reply("Re: size", "Hello Anna, the size is 42.").withUnchangedTemplate(true)),
                RuleExample.good(Draft.reply("Re: size", "Hello Anna, the size is 42.")));
    }
}
