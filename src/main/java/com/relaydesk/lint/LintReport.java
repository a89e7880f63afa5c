package com.relaydesk.lint;

import com.relaydesk.rules.Severity;
import java.util.List;

/** What the linter found in one draft, most serious first, in order of position within each part. */
public record LintReport(Draft draft, List<Finding> findings) {

    /** Exit codes of {@code relaydesk lint}: clean (info only), warnings only, blocked. */
    public static final int CLEAN = 0;
    public static final int WARNINGS = 1;
    public static final int BLOCKED = 2;

    public LintReport {
        findings = List.copyOf(findings);
    }

    public boolean blocked() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.BLOCK);
    }

    public boolean hasWarnings() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.WARN);
    }

    public int exitCode() {
        return blocked() ? BLOCKED : hasWarnings() ? WARNINGS : CLEAN;
    }
}
