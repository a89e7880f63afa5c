package com.relaydesk.ui.compose;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.Linter;
import com.relaydesk.lint.Part;
import com.relaydesk.model.Order;
import com.relaydesk.rules.Severity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The findings on a reply as it stands: the linter's, what a template left unfilled, and a delivery
 * date that has passed. Checked again on every change (the linter takes well under a millisecond).
 */
final class ReplyFindings {

    private final Linter linter;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper();
    /** Today, for a delivery date that has passed; tests set another. */
    private Clock clock = Clock.systemDefaultZone();

    ReplyFindings(Linter linter) {
        this.linter = linter;
    }

    void clock(Clock today) {
        this.clock = today;
    }

    void check(Draft draft, Order order) {
        List<Finding> all = new ArrayList<>(linter.lint(draft).findings());
        all.addAll(TemplateLeftovers.in(Part.SUBJECT, draft.subject(), order != null));
        all.addAll(TemplateLeftovers.in(Part.TEXT, draft.text(), order != null));
        PassedDeliveryDate.in(Part.TEXT, draft.text(), order, LocalDate.now(clock)).ifPresent(all::add);
        findings.setAll(all);
        blocked.set(all.stream().anyMatch(f -> f.severity() == Severity.BLOCK));
    }

    long blocking() {
        return findings.stream().filter(f -> f.severity() == Severity.BLOCK).count();
    }

    ObservableList<Finding> list() { return findings; }
    /** A finding that blocks sending stands. */
    ReadOnlyBooleanProperty blockedProperty() { return blocked.getReadOnlyProperty(); }
}
