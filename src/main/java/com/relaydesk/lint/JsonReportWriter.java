package com.relaydesk.lint;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Writes a report as JSON for scripts and other tools:
 * {@code {"source":…,"verdict":"block|warn|clean","exitCode":2,"findings":[{"rule":"C6","title":…,
 * "severity":"block","message":…,"part":"text","start":…,"end":…,"line":…,"column":…,"excerpt":…,
 * "fixes":[{"label":…,"part":…,"start":…,"end":…,"replacement":…}]}]}}.
 */
public final class JsonReportWriter {

    public void write(LintReport report, String source, PrintWriter out) {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"source\":").append(quote(source))
                .append(",\"verdict\":").append(quote(report.blocked() ? "block" : report.hasWarnings() ? "warn" : "clean"))
                .append(",\"exitCode\":").append(report.exitCode())
                .append(",\"findings\":[");
        boolean first = true;
        for (Finding finding : report.findings()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append("{\"rule\":").append(quote(finding.ruleId().name()))
                    .append(",\"title\":").append(quote(finding.ruleId().title()))
                    .append(",\"severity\":").append(quote(finding.severity().name().toLowerCase(Locale.ROOT)))
                    .append(",\"message\":").append(quote(finding.message()))
                    .append(",\"part\":").append(quote(finding.part().label()))
                    .append(",\"start\":").append(finding.start())
                    .append(",\"end\":").append(finding.end());
            if (finding.part() != Part.ATTACHMENT) {
                String text = report.draft().textOf(finding.part());
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < finding.start() && i < text.length(); i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                json.append(",\"line\":").append(line)
                        .append(",\"column\":").append(finding.start() - lineStart + 1)
                        .append(",\"excerpt\":").append(quote(text.substring(finding.start(),
                                Math.min(text.length(), finding.end()))));
            }
            json.append(",\"fixes\":[");
            for (int i = 0; i < finding.fixes().size(); i++) {
                Fix fix = finding.fixes().get(i);
                json.append(i == 0 ? "" : ",")
                        .append("{\"label\":").append(quote(fix.label()))
                        .append(",\"part\":").append(quote(fix.part().label()))
                        .append(",\"start\":").append(fix.start())
                        .append(",\"end\":").append(fix.end())
                        .append(",\"replacement\":").append(quote(fix.replacement())).append('}');
            }
            json.append("]}");
        }
        json.append("]}");
        out.println(json);
        out.flush();
    }

    static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
