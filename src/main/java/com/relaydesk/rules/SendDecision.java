package com.relaydesk.rules;

import java.util.List;
import java.util.Objects;

/**
 * What the relay does with one outgoing message, and why.
 *
 * @param rule     the rule that decided (for a plain delivery B8, the delivery status)
 * @param reason   a sentence the seller understands
 * @param warnings findings that do not stop the message (marketing-looking file names, D2)
 */
public record SendDecision(Outcome outcome, RuleId rule, String reason, List<AttachmentFinding> warnings) {

    /** Delivered to the buyer; bounced (B2 opt-out); rejected (any other rule); dropped silently (B2 with B3 off). */
    public enum Outcome { DELIVER, BOUNCE, REJECT, DROP }

    public SendDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public boolean delivered() {
        return outcome == Outcome.DELIVER;
    }

    /** Whether the seller gets a notice: bounces and rejections do, deliveries and silent drops (B3) do not. */
    public boolean noticeToSeller() {
        return outcome == Outcome.BOUNCE || outcome == Outcome.REJECT;
    }
}
