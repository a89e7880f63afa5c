package com.relaydesk.lint;

import com.relaydesk.rules.RuleId;
import com.relaydesk.rules.Severity;
import java.util.List;
import java.util.Objects;

/**
 * One thing the linter found in a draft: which rule, how bad, what to tell the seller, where it
 * is and how it could be fixed.
 *
 * @param message what is wrong, why it matters and what to do, in words a seller understands
 * @param part    where the span lies; for {@link Part#ATTACHMENT} the span is the attachment's index
 * @param start   first character of the span, inclusive
 * @param end     end of the span, exclusive; equal to start for a finding about the whole part
 */
public record Finding(RuleId ruleId, Severity severity, String message, Part part, int start, int end,
                      List<Fix> fixes) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(part, "part");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a finding needs a message");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + ruleId);
        }
        fixes = fixes == null ? List.of() : List.copyOf(fixes);
    }

    public Finding(RuleId ruleId, Severity severity, String message, Part part, int start, int end) {
        this(ruleId, severity, message, part, start, end, List.of());
    }

    /** Checks the span against the text it points into; the linter calls this on every finding. */
    Finding validatedAgainst(int partLength) {
        if (part != Part.ATTACHMENT && end > partLength) {
            throw new IllegalStateException(ruleId + " reported span [" + start + ", " + end
                    + ") beyond the " + part.label() + " (" + partLength + " characters)");
        }
        return this;
    }
}
