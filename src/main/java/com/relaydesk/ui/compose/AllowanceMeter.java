package com.relaydesk.ui.compose;

import com.relaydesk.inbox.ReplySender;
import com.relaydesk.ui.common.UiTasks;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The B5 meter: how many messages went out today of the marketplace's limit, read in the background (from disk). */
final class AllowanceMeter {

    private final UiTasks tasks;
    private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper used = new ReadOnlyDoubleWrapper();

    AllowanceMeter(UiTasks tasks) {
        this.tasks = tasks;
    }

    /** Reads the allowance of {@code sender}; nothing without one (no mailbox open). */
    void read(ReplySender sender) {
        if (sender == null) {
            return;
        }
        tasks.run(sender::allowance, reading -> {
            said.set(reading.sentToday() + " of " + reading.limit() + " messages today (B5)");
            used.set(reading.limit() == 0 ? 0 : (double) reading.sentToday() / reading.limit());
        }, e -> said.set(""));
    }

    /** "3 of 610 messages today (B5)", or empty when it could not be read. */
    ReadOnlyStringProperty saidProperty() { return said.getReadOnlyProperty(); }
    /** The share of the day's limit used, 0 to 1. */
    ReadOnlyDoubleProperty usedProperty() { return used.getReadOnlyProperty(); }
}
