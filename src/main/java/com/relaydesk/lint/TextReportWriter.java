package com.relaydesk.lint;

import java.io.PrintWriter;

/**
 * Writes a report for people: each finding with its place (part, line:column), severity, rule and
 * message, then the line of the draft with a caret under the span, then the fixes.
 *
 * <pre>
 * text 3:12: block C6 Contact details: Phone number "030 1234567". ...
 *   Call us at 030 1234567 any time.
 *              ^^^^^^^^^^^
 *   fix: Replace with "reply to this message"
 * </pre>
 */
public final class TextReportWriter {

    private static final int MAX_LINE = 160;

    public void write(LintReport report, String source, PrintWriter out) {
        for (Finding finding : report.findings()) {
            writeFinding(report.draft(), finding, out);
        }
        long blocks = report.findings().stream().filter(f -> f.severity() == com.relaydesk.rules.Severity.BLOCK).count();
        long warnings = report.findings().stream().filter(f -> f.severity() == com.relaydesk.rules.Severity.WARN).count();
        long infos = report.findings().size() - blocks - warnings;
        String verdict = report.blocked() ? "blocked: do not send as it is"
                : report.hasWarnings() ? "warnings: look before sending" : "clean";
        out.printf("%s: %d blocking, %d warning%s, %d note%s — %s%n", source, blocks, warnings,
                warnings == 1 ? "" : "s", infos, infos == 1 ? "" : "s", verdict);
        out.flush();
    }

    private void writeFinding(Draft draft, Finding finding, PrintWriter out) {
        String where;
        String line = null;
        int caretFrom = 0;
        int caretLength = 0;
        if (finding.part() == Part.ATTACHMENT) {
            int index = finding.start();
            where = index < draft.attachments().size() && finding.end() == index + 1
                    ? "attachment " + (index + 1) + " (" + draft.attachments().get(index).fileName() + ")"
                    : "attachments";
        } else {
            String text = draft.textOf(finding.part());
            int lineStart = text.lastIndexOf('\n', Math.max(0, finding.start() - 1)) + 1;
            if (finding.start() == 0) {
                lineStart = 0;
            }
            int lineEnd = text.indexOf('\n', finding.start());
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' && finding.start() < lineEnd - 1) {
                lineEnd--; // CRLF mail: the CR is no character of the line
            }
            int lineNumber = 1;
            for (int i = 0; i < lineStart; i++) {
                if (text.charAt(i) == '\n') {
                    lineNumber++;
                }
            }
            int column = finding.start() - lineStart + 1;
            where = finding.part().label() + " " + lineNumber + ":" + column;
            int windowStart = Math.max(lineStart, finding.start() - 60);
            int windowEnd = Math.min(lineEnd, Math.max(windowStart + MAX_LINE, finding.start() + 1));
            line = text.substring(windowStart, windowEnd).replace('\t', ' ').replace('\r', ' ');
            caretFrom = finding.start() - windowStart;
            caretLength = Math.max(1, Math.min(finding.end(), windowEnd) - finding.start());
            if (windowStart > lineStart) {
                line = "…" + line;
                caretFrom++;
            }
        }
        out.printf("%s: %s %s %s: %s%n", where, finding.severity().name().toLowerCase(java.util.Locale.ROOT),
                finding.ruleId().name(), finding.ruleId().title(), finding.message());
        if (line != null && !line.isBlank()) {
            out.println("  " + line);
            out.println("  " + " ".repeat(caretFrom) + "^".repeat(caretLength));
        }
        for (Fix fix : finding.fixes()) {
            out.println("  fix: " + fix.label());
        }
    }
}
