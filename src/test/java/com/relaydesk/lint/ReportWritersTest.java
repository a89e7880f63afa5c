package com.relaydesk.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

    private final Linter linter = Linter.standard();

    @Test
    void theTextReportPutsACaretUnderTheSpanWithLineAndColumn() {
        LintReport report = linter.lint(Draft.reply("Re: help", "Hello Anna,\nCall us at 030 1234567 any time.\n"));
        StringWriter out = new StringWriter();
        new TextReportWriter().write(report, "draft.eml", new PrintWriter(out));
        String text = out.toString();
        assertTrue(text.contains("text 2:12: block C6 Contact details: Phone number \"030 1234567\""), text);
        assertTrue(text.contains("  Call us at 030 1234567 any time.\n             ^^^^^^^^^^^\n"), text);
        assertTrue(text.contains("fix: Replace with \"reply to this message\""), text);
        assertTrue(text.contains("draft.eml: 1 blocking, 0 warnings, 0 notes — blocked"), text);
    }

    @Test
    void theJsonReportCarriesRuleSeveritySpanAndFixes() {
        LintReport report = linter.lint(Draft.reply("Re: help", "Call us at 030 1234567 \"now\"."));
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(report, "-", new PrintWriter(out));
        String json = out.toString();
        assertTrue(json.startsWith("{\"source\":\"-\",\"verdict\":\"block\",\"exitCode\":2,\"findings\":[{\"rule\":\"C6\""), json);
        assertTrue(json.contains("\"start\":11,\"end\":22,\"line\":1,\"column\":12,\"excerpt\":\"030 1234567\""), json);
        // The fix takes "Call us at" with the number, and starts the sentence with a capital.
        assertTrue(json.contains("\"start\":0,\"end\":22,\"replacement\":\"Reply to this message\""), json);
    }

    @Test
    void aCleanDraftReportsCleanAndExitsZero() {
        LintReport report = linter.lint(Draft.reply("Re: size", "Hello Anna, the shoe is a true size 42."));
        assertEquals(LintReport.CLEAN, report.exitCode());
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(report, "x", new PrintWriter(out));
        assertTrue(out.toString().contains("\"verdict\":\"clean\",\"exitCode\":0,\"findings\":[]"), out.toString());
    }
}
