package com.relaydesk.lint;

import com.relaydesk.rules.RuleId;
import java.util.List;

/**
 * One check of a draft against one relay rule. Implementations are small and stateless; the
 * rule ID is stable and cited by every finding. Every rule carries examples — drafts it must
 * flag and drafts it must leave alone — that one generic test runs, fixes included.
 */
public interface Rule {

    RuleId id();

    /** One line for the seller: what the rule checks. */
    String description();

    List<Finding> check(LintContext context);

    List<RuleExample> examples();
}
