package com.relaydesk.ui.shell;

import com.relaydesk.orders.ImportedReport;
import java.util.stream.Collectors;

/** The rows of an orders report that could not be read, one per line, and what to do about them. */
final class BadOrderRows {

    /** More than this many are counted, not listed: a wrong file has a bad row per line. */
    static final int LISTED = 50;

    private BadOrderRows() {
    }

    static String text(ImportedReport report) {
        String listed = report.problems().stream().limit(LISTED)
                .map(p -> "Line " + p.line() + ": " + p.message()).collect(Collectors.joining("\n"));
        int more = report.bad() - LISTED;
        return listed + (more > 0 ? "\n… and " + more + " more." : "")
                + "\n\nThe other rows were imported. Check the file is Seller Central's \"All Orders\" report"
                + " (tab-separated text with its header row), then import it again: rows already imported stay as they are.";
    }
}
