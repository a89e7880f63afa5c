package com.relaydesk.lint;

import com.relaydesk.lint.check.AttachmentContentRule;
import com.relaydesk.lint.check.AttachmentSizeRule;
import com.relaydesk.lint.check.AttachmentTypeRule;
import com.relaydesk.lint.check.CanceledOrderRule;
import com.relaydesk.lint.check.ContactDetailsRule;
import com.relaydesk.lint.check.ContactReasonRule;
import com.relaydesk.lint.check.CriticalFormRule;
import com.relaydesk.lint.check.CriticalOnlyRule;
import com.relaydesk.lint.check.ImageRule;
import com.relaydesk.lint.check.ImportantTagRule;
import com.relaydesk.lint.check.LengthRule;
import com.relaydesk.lint.check.LinkRule;
import com.relaydesk.lint.check.NotCriticalRule;
import com.relaydesk.lint.check.OptOutRequestRule;
import com.relaydesk.lint.check.PersonalToneRule;
import com.relaydesk.lint.check.PromotionRule;
import com.relaydesk.lint.check.QuotedTextRule;
import com.relaydesk.lint.check.ReviewRequestRule;
import com.relaydesk.lint.check.TrackingRule;
import com.relaydesk.rules.RuleId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pre-send policy linter: runs every rule over a draft and collects their findings. Works
 * offline and keeps no state between drafts, so one instance serves the whole app.
 */
public final class Linter {

    private final List<Rule> rules;

    public Linter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The linter with every rule of relay-rules.md that a draft can break. */
    public static Linter standard() {
        return new Linter(standardRules());
    }

    public static List<Rule> standardRules() {
        return List.of(new ImportantTagRule(), new CanceledOrderRule(), new ContactReasonRule(),
                new CriticalOnlyRule(), new NotCriticalRule(), new ReviewRequestRule(), new PromotionRule(),
                new LinkRule(), new ContactDetailsRule(), new OptOutRequestRule(), new TrackingRule(), new ImageRule(),
                new LengthRule(), new QuotedTextRule(), new PersonalToneRule(), new CriticalFormRule(),
                new AttachmentTypeRule(), new AttachmentContentRule(), new AttachmentSizeRule());
    }

    public List<Rule> rules() {
        return rules;
    }

    public LintReport lint(Draft draft) {
        LintContext context = new LintContext(draft);
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Rule rule : rules) {
            for (Finding finding : rule.check(context)) {
                finding.validatedAgainst(draft.textOf(finding.part()).length());
                // A multipart draft says the same in its text and its HTML: report it once.
                if (seen.add(finding.ruleId() + "\u0000" + finding.severity() + "\u0000" + finding.message())) {
                    findings.add(finding);
                }
            }
        }
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparing(Finding::part)
                .thenComparingInt(Finding::start)
                .thenComparing(f -> f.ruleId().ordinal()));
        return new LintReport(draft, findings);
    }

    /** The rule with this ID, if the linter has one. */
    public Rule rule(RuleId id) {
        return rules.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }
}
