package com.relaydesk.ui.outbox;

import com.relaydesk.inbox.MailboxSession;
import com.relaydesk.mail.OutboxStore;
import com.relaydesk.ui.common.UiTasks;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The outbox: every reply with where it stands, and a retry for those that stopped. */
public final class OutboxViewModel {

    private final UiTasks tasks;
    private final Supplier<Optional<MailboxSession>> session;
    private final ObservableList<OutboxStore.Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public OutboxViewModel(UiTasks tasks, Supplier<Optional<MailboxSession>> session) {
        this.tasks = tasks;
        this.session = session;
    }

    public void refresh() {
        Optional<MailboxSession> open = session.get();
        if (open.isEmpty()) {
            summary.set("No mailbox is open yet.");
            return;
        }
        tasks.run(() -> open.get().outbox(), list -> {
            entries.setAll(list);
            long failed = list.stream().filter(e -> e.state() == OutboxStore.State.FAILED).count();
            long waiting = list.stream().filter(e -> e.state().pending()).count();
            summary.set(list.isEmpty() ? "The outbox is empty: every reply went out."
                    : waiting + " waiting, " + failed + " not sent, " + (list.size() - waiting - failed) + " sent");
        }, e -> summary.set("The outbox could not be read: " + e.getMessage()));
    }

    /** Queues a reply that stopped again; it goes with the next sync run. */
    public void retry(OutboxStore.Entry entry) {
        Optional<MailboxSession> open = session.get();
        if (open.isEmpty() || entry == null || entry.state() != OutboxStore.State.FAILED) {
            return;
        }
        tasks.run(() -> {
            open.get().retry(entry.messageId());
            return null;
        }, done -> refresh(), e -> summary.set("Could not queue it again: " + e.getMessage()));
    }

    /** One line for the list: state, recipient, subject, and why it stopped. */
    public static String describe(OutboxStore.Entry entry) {
        String state = switch (entry.state()) {
            case QUEUED, CHECKED -> "Waiting";
            case SUBMITTED, APPENDED -> "Sending";
            case ANSWERED -> "Sent";
            case FAILED -> "Not sent";
        };
        return state + " · " + entry.subject() + " · to " + entry.to()
                + (entry.lastError() == null || entry.state() != OutboxStore.State.FAILED ? "" : "\n" + entry.lastError());
    }

    public ObservableList<OutboxStore.Entry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
