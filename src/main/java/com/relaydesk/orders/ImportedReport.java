package com.relaydesk.orders;

import java.util.List;

/**
 * What importing an "All Orders" report did: orders new to the cache, changed, already as the
 * report says, and the rows that could not be read (with their line numbers; the other rows are
 * imported all the same).
 */
public record ImportedReport(int imported, int updated, int unchanged, List<OrderReport.Problem> problems) {

    public ImportedReport {
        problems = List.copyOf(problems);
    }

    public int bad() {
        return problems.size();
    }

    /** "12 orders new, 3 updated, 40 unchanged", and the bad rows when there were any. */
    public String summary() {
        String counts = imported + (imported == 1 ? " order" : " orders") + " new, " + updated + " updated, "
                + unchanged + " unchanged";
        return bad() == 0 ? counts : counts + "; " + bad() + (bad() == 1 ? " row" : " rows") + " could not be read";
    }
}
