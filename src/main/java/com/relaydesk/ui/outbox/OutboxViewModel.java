package com.relaydesk.ui.outbox;

import com.relaydesk.inbox.MailboxSession;
import com.relaydesk.inbox.WaitingMark;
import com.relaydesk.mail.OutboxStore;
import com.relaydesk.ui.common.UiTasks;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The outbox: every reply with where it stands, and a retry for those that stopped; and the marks
 * waiting for the connection, which can be withdrawn before they go.
 */
public final class OutboxViewModel {

    private final UiTasks tasks;
    private final Supplier<Optional<MailboxSession>> session;
    private final java.util.function.Consumer<WaitingMark> withdrawn;
    private final ObservableList<OutboxStore.Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<WaitingMark> marks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    /** By lowercase alias: the buyer's name for each entry's recipient, where the cache knows it. */
    private java.util.Map<String, String> buyerNames = java.util.Map.of();

    /**
     * @param withdrawn told of each mark withdrawn: the lists read again (it changes what they show),
     *                  and an Undo still offered for it ends
     */
    public OutboxViewModel(UiTasks tasks, Supplier<Optional<MailboxSession>> session,
                           java.util.function.Consumer<WaitingMark> withdrawn) {
        this.tasks = tasks;
        this.session = session;
        this.withdrawn = withdrawn;
    }

    public void refresh() {
        Optional<MailboxSession> open = session.get();
        if (open.isEmpty()) {
            summary.set("No mailbox is open yet.");
            return;
        }
        tasks.run(() -> {
            List<OutboxStore.Entry> list = open.get().outbox();
            return new Loaded(list, open.get().queries().buyerNames(list.stream().map(OutboxStore.Entry::to).toList()),
                    open.get().marksWaiting(), open.get().triage().waitingMarks());
        }, loaded -> {
            buyerNames = loaded.names();
            entries.setAll(loaded.entries());
            marks.setAll(loaded.marks());
            summary.set(summary(loaded.entries(), loaded.marksWaiting()));
        }, e -> summary.set("The outbox could not be read: " + e.getMessage()));
    }

    /**
     * The line above the list: the replies by state, and the marks waiting for the connection (the
     * status bar counts both, and clicking it opens this window).
     */
    static String summary(List<OutboxStore.Entry> list, int marksWaiting) {
        long failed = list.stream().filter(e -> e.state() == OutboxStore.State.FAILED).count();
        long held = list.stream().filter(e -> e.state() == OutboxStore.State.HELD).count();
        long unconfirmed = list.stream().filter(e -> e.state() == OutboxStore.State.HELD && e.unconfirmed()).count();
        long discarded = list.stream().filter(e -> e.state() == OutboxStore.State.DISCARDED).count();
        long waiting = list.stream().filter(e -> e.state().pending()).count();
        String replies = list.isEmpty() ? "The outbox is empty: every reply went out."
                : waiting + " waiting, " + failed + " not sent, "
                + (held == unconfirmed ? "" : (held - unconfirmed) + " held (answered elsewhere), ")
                + (unconfirmed == 0 ? "" : unconfirmed + " held (may have gone out), ")
                + (list.size() - waiting - failed - held - discarded) + " sent"
                + (discarded == 0 ? "" : ", " + discarded + " discarded");
        return marksWaiting == 0 ? replies : replies + "\n" + marksWaiting
                + (marksWaiting == 1 ? " mark (No Response Needed or Report) waits" : " marks (No Response Needed, Report) wait")
                + " for the connection: the next sync that reaches the server sets "
                + (marksWaiting == 1 ? "it" : "them") + " there.";
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

    /** Sends a held reply after all (the seller read who answered and still wants this one to go). */
    public void sendAnyway(OutboxStore.Entry entry) {
        Optional<MailboxSession> open = session.get();
        if (open.isEmpty() || entry == null || entry.state() != OutboxStore.State.HELD) {
            return;
        }
        tasks.run(() -> {
            open.get().sendAnyway(entry.messageId());
            return null;
        }, done -> refresh(), e -> summary.set("Could not send it: " + e.getMessage()));
    }

    /** Drops a held or failed reply for good. */
    public void discard(OutboxStore.Entry entry) {
        Optional<MailboxSession> open = session.get();
        if (open.isEmpty() || entry == null || !canDiscard(entry)) {
            return;
        }
        tasks.run(() -> {
            open.get().discard(entry.messageId());
            return null;
        }, done -> refresh(), e -> summary.set("Could not discard it: " + e.getMessage()));
    }

    public static boolean canDiscard(OutboxStore.Entry entry) {
        return entry != null && (entry.state() == OutboxStore.State.HELD || entry.state() == OutboxStore.State.FAILED);
    }

    /** The outbox and the names its buyers wrote under. */
    private record Loaded(List<OutboxStore.Entry> entries, java.util.Map<String, String> names, int marksWaiting,
                          List<WaitingMark> marks) { }

    /** Takes a waiting mark back: it never goes to the server, and the lists show the server's state again. */
    public void withdraw(WaitingMark mark) {
        Optional<MailboxSession> open = session.get();
        if (open.isEmpty() || mark == null) {
            return;
        }
        tasks.run(() -> {
            open.get().triage().withdraw(mark);
            return null;
        }, done -> {
            refresh();
            withdrawn.accept(mark);
        }, e -> summary.set("Could not withdraw the mark: " + e.getMessage()));
    }

    /** A waiting mark's line: what it does, to which message. */
    public static String markLine(WaitingMark mark) {
        return mark.inWords() + (mark.from().isBlank() ? "" : " · " + mark.from()) + " · " + mark.subject();
    }

    public ObservableList<WaitingMark> marks() {
        return marks;
    }

    /** The entry's line in the list, to the buyer by name where the cache knows it. */
    public String headlineWithName(OutboxStore.Entry entry) {
        String name = entry.to() == null ? null : buyerNames.get(entry.to().toLowerCase(java.util.Locale.ROOT));
        return headline(entry, name);
    }

    /** One line for the list: state, subject and recipient ({@code name}, null when unknown). */
    static String headline(OutboxStore.Entry entry, String name) {
        String state = switch (entry.state()) {
            case QUEUED, CHECKED -> "Waiting";
            case SUBMITTED, APPENDED -> "Sending";
            case ANSWERED -> "Sent";
            case FAILED -> "Not sent";
            case HELD -> entry.unconfirmed() ? "Held — may have gone out" : "Held — answered elsewhere";
            case DISCARDED -> entry.unconfirmed() ? "Discarded — may have gone out" : "Discarded";
        };
        return state + " · " + entry.subject() + " · to " + (name == null ? entry.to() : name + " <" + entry.to() + ">");
    }

    /**
     * Why a reply stopped or is held, in full (the list has room for one line; the reason, which
     * says who answered or what to do, is shown under it for the chosen reply). Empty otherwise.
     */
    public static String why(OutboxStore.Entry entry) {
        boolean stopped = entry != null
                && (entry.state() == OutboxStore.State.FAILED || entry.state() == OutboxStore.State.HELD);
        return stopped && entry.lastError() != null ? entry.lastError() : "";
    }

    public ObservableList<OutboxStore.Entry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
