package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Rule;
import com.relaydesk.lint.RuleExample;
import com.relaydesk.rules.Severity;
import com.relaydesk.lint.text.TextView;
import com.relaydesk.rules.RuleId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** B4: {@code [Important]} in the subject only on a critical message (C1). */
public final class ImportantTagRule implements Rule {

    /** The tag counts only with its brackets, in any letter case (B4). */
    public static final Pattern TAG = Pattern.compile("(?i)\\[important\\]");

    @Override
    public RuleId id() {
        return RuleId.B4;
    }

    @Override
    public String description() {
        return "[Important] in the subject only on critical messages";
    }

    @Override
    public List<Finding> check(LintContext context) {
        // The whole subject as sent: the tag counts even after the buyer's "Re: …" (B4).
        TextView subject = TextView.identity(com.relaydesk.lint.Part.SUBJECT, context.draft().subject());
        Matcher tag = TAG.matcher(subject.text());
        if (!tag.find() || context.topic().critical()) {
            return List.of();
        }
        int start = tag.start();
        int end = tag.end();
        if (end < subject.text().length() && subject.text().charAt(end) == ' ') {
            end++;
        } else if (start > 0 && subject.text().charAt(start - 1) == ' ') {
            start--;
        }
        return List.of(context.finding(id(), Severity.BLOCK,
                "The subject carries [Important], but this message is not about product customization, "
                        + "delivery scheduling or a shipping-address problem. [Important] lets a message past a "
                        + "buyer's opt-out and is for those critical messages only; using it otherwise risks "
                        + "suspension. Remove the tag.",
                subject, tag.start(), tag.end(),
                context.fix("Remove [Important] from the subject", subject, start, end, "")));
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.bad(Draft.unsolicited("[Important] Your order has shipped",
                        "Hello, your parcel left our warehouse today.")),
                RuleExample.bad(Draft.reply("Re: question [IMPORTANT]", "Yes, the lamp works with 110 V.")),
                RuleExample.good(Draft.unsolicited("[Important] Engraving text for order 302-1234567-7654321",
                        "Hello, which name should we engrave on the bracelet for order 302-1234567-7654321?")),
                RuleExample.good(Draft.reply("Important: your question", "Yes, the lamp works with 110 V.")));
    }
}
