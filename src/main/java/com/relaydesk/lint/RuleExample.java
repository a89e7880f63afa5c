package com.relaydesk.lint;

/** A draft a rule must flag ({@code flagged}) or must leave alone. */
public record RuleExample(Draft draft, boolean flagged) {

    public static RuleExample bad(Draft draft) {
        return new RuleExample(draft, true);
    }

    public static RuleExample good(Draft draft) {
        return new RuleExample(draft, false);
    }
}
