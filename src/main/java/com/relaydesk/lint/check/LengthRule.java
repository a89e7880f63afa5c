package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Rule;
import com.relaydesk.lint.RuleExample;
import com.relaydesk.rules.Severity;
import com.relaydesk.lint.text.TextView;
import com.relaydesk.rules.RuleId;
import java.util.ArrayList;
import java.util.List;

/**
 * C10: the message text is at most 5,000 characters. Counted: the characters a buyer reads — the
 * plain text as written, or the visible text of the HTML (markup does not count), quotes included.
 */
public final class LengthRule implements Rule {

    public static final int MAX_CHARACTERS = 5_000;

    @Override
    public RuleId id() {
        return RuleId.C10;
    }

    @Override
    public String description() {
        return "At most 5,000 characters of text";
    }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (TextView body : context.bodies()) {
            int length = body.text().strip().length();
            if (body.quoted() != null) {
                length += body.quoted().text().strip().length();
            }
            if (length > MAX_CHARACTERS) {
                int from = Math.min(MAX_CHARACTERS, body.text().length());
                findings.add(context.finding(id(), Severity.BLOCK,
                        "The message is " + String.format("%,d", length) + " characters long; the relay accepts at most "
                                + "5,000. Shorten it by " + String.format("%,d", length - MAX_CHARACTERS)
                                + " characters, for example by trimming the quoted text.",
                        body, from, body.text().length()));
            }
        }
        return findings;
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.bad(Draft.reply("Re: long", "Lorem ipsum dolor sit amet. ".repeat(200))),
                RuleExample.good(Draft.reply("Re: short", "Lorem ipsum dolor sit amet. ".repeat(150))));
    }
}
