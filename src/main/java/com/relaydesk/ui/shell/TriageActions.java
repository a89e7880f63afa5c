package com.relaydesk.ui.shell;

import com.relaydesk.inbox.MailboxSession;
import com.relaydesk.inbox.TriageCommands;
import com.relaydesk.inbox.WaitingMark;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.messages.MessageListViewModel;
import com.relaydesk.ui.status.StatusBarViewModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * No Response Needed (E2) and Report (E4) on the selected message, and taking the last of them
 * back. A seller triaging at speed presses {@code n} on the wrong row now and then, and that
 * buyer would then wait unseen until the 24 hours are gone: {@code z}, or Undo in the status bar,
 * reverses the last mark and selects the message again. In the No Response Needed and Reported
 * filters the same action takes the mark off, as the filters are where a mark is reviewed. The
 * old backlog is cleared here too (many messages, one mark, one undo).
 */
final class TriageActions {

    enum Mark {
        NO_RESPONSE_NEEDED(MailboxView.NO_RESPONSE_NEEDED, WaitingMark.NO_RESPONSE_NEEDED, "Marked No Response Needed",
                "Back in Response Needed"),
        REPORTED(MailboxView.REPORTED, WaitingMark.REPORTED, "Reported", "No longer reported");

        private final MailboxView filter;
        /** The server keyword, as a mark waiting for the connection names it ({@link WaitingMark#flag()}). */
        private final String keyword;
        private final String markedSays;
        private final String unmarkedSays;

        Mark(MailboxView filter, String keyword, String markedSays, String unmarkedSays) {
            this.filter = filter;
            this.keyword = keyword;
            this.markedSays = markedSays;
            this.unmarkedSays = unmarkedSays;
        }

        void apply(TriageCommands triage, long messageId, boolean on) {
            if (this == NO_RESPONSE_NEEDED) {
                triage.markNoResponseNeeded(messageId, on);
            } else {
                triage.report(messageId, on);
            }
        }

        /** Several messages: No Response Needed in one server command; reports one by one (a handful at most). */
        void applyAll(TriageCommands triage, List<Long> messageIds, boolean on) {
            if (this == NO_RESPONSE_NEEDED) {
                triage.markNoResponseNeeded(messageIds, on);
            } else {
                messageIds.forEach(id -> triage.report(id, on));
            }
        }

        /** For the status bar: "Marked 3 messages No Response Needed". */
        String says(boolean on, int count) {
            String messages = String.format("%,d", count) + (count == 1 ? " message" : " messages");
            return switch (this) {
                case NO_RESPONSE_NEEDED -> on ? "Marked " + messages + " No Response Needed"
                        : messages + " back in Response Needed";
                case REPORTED -> on ? "Reported " + messages : messages + " no longer reported";
            };
        }

        /** What a failure did not do: "report the message", "put the messages back in Response Needed". */
        String couldNot(boolean on, int count) {
            String messages = count == 1 ? "the message" : "the messages";
            return switch (this) {
                case NO_RESPONSE_NEEDED -> on ? "mark " + messages + " No Response Needed"
                        : "put " + messages + " back in Response Needed";
                case REPORTED -> on ? "report " + messages : "take " + messages + " out of Reported";
            };
        }

        /** Short, for the status bar: the buyer's name, else the subject. */
        String says(boolean on, MessageSummary message) {
            String who = message.buyerName() == null || message.buyerName().isBlank()
                    ? "“" + message.subject() + "”" : message.buyerName();
            return (on ? markedSays : unmarkedSays) + ": " + who;
        }
    }

    /** A mark that can be taken back: one message (selected again on undo), or several (picked rows, a cleared backlog). */
    private record Done(List<Long> ids, MessageSummary message, Mark mark, boolean on, String said) { }

    private final MessageListViewModel messageList;
    private final StatusBarViewModel statusBar;
    private final UiTasks tasks;
    private final Runnable refresh;
    private final Clock clock;
    private MailboxSession session;
    /** The last mark, remembered as it is made: z straight after n takes back this one, not the one before. */
    private Done last;
    /** The marks the server (or the cache, offline) has not taken yet: an undo of one waits for it. */
    private final Set<Done> inFlight = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Those of them taken back already (z pressed while they were on their way). */
    private final Set<Done> undoWhenTaken = Collections.newSetFromMap(new IdentityHashMap<>());

    /** @param refresh reads the list and the counts again after a change */
    TriageActions(MessageListViewModel messageList, StatusBarViewModel statusBar, UiTasks tasks, Runnable refresh,
                  Clock clock) {
        this.clock = clock;
        this.messageList = messageList;
        this.statusBar = statusBar;
        this.tasks = tasks;
        this.refresh = refresh;
    }

    /** A mailbox opened (or closed, with null): the last mark was on another one. */
    void follow(MailboxSession opened) {
        session = opened;
        forget();
    }

    /**
     * Marks the selected message, or all the picked ones, or in the mark's own filter takes the mark
     * off; moves to the next message at once (triage at speed), and back when the server did not
     * take the mark.
     */
    void toggle(Mark mark) {
        List<MessageSummary> chosen = messageList.actedOn();
        List<MessageSummary> buyers = chosen.stream().filter(row -> !row.sentBySeller()).toList();
        if (session == null || chosen.isEmpty() || buyers.isEmpty() && ownMessage(chosen.get(0))) {
            return;
        }
        boolean on = messageList.viewProperty().get() != mark.filter;
        if (chosen.size() == 1) {
            MessageSummary selected = buyers.get(0);
            messageList.selectNext();
            MessageSummary movedTo = messageList.selectedMessageProperty().get();
            Done done = made(new Done(List.of(selected.id()), selected, mark, on, mark.says(on, selected)));
            apply(selected, mark, on, () -> taken(done), () -> notTaken(done, chosen, movedTo));
            return;
        }
        List<Long> ids = buyers.stream().map(MessageSummary::id).toList();
        String said = mark.says(on, ids.size()) + (buyers.size() < chosen.size() ? " (your own in Sent left as they are)" : "");
        messageList.selectAfter(chosen);
        MessageSummary movedTo = messageList.selectedMessageProperty().get();
        Done done = made(new Done(ids, null, mark, on, said));
        applyAll(ids, mark, on, () -> taken(done), () -> notTaken(done, chosen, movedTo));
    }

    /** A mark is on its way: Undo offers it at once. */
    private Done made(Done done) {
        remember(done);
        inFlight.add(done);
        return done;
    }

    /** The mark is taken; a z pressed meanwhile takes it back now. */
    private void taken(Done done) {
        inFlight.remove(done);
        if (undoWhenTaken.remove(done)) {
            takeBack(done);
        }
    }

    /** The mark was refused: nothing to undo, and the seller is back where they were. */
    private void notTaken(Done done, List<MessageSummary> chosen, MessageSummary movedTo) {
        inFlight.remove(done);
        undoWhenTaken.remove(done);
        if (last == done) {
            forget();
        }
        messageList.returnTo(chosen, movedTo);
    }

    /** How many messages in Response Needed arrived more than {@code days} days ago (answered on the UI thread). */
    void countBacklog(int days, IntConsumer answer) {
        MailboxSession current = session;
        if (current == null) {
            return;
        }
        Instant before = clock.instant().minus(Duration.ofDays(days));
        tasks.run(() -> current.queries().responseNeededBefore(before).size(), answer::accept,
                e -> statusBar.failed("Could not count the older messages: " + e.getMessage()));
    }

    /**
     * Marks every message in Response Needed older than {@code days} days No Response Needed, in
     * one go; one undo takes them all back.
     */
    void clearBacklog(int days) {
        MailboxSession current = session;
        if (current == null) {
            return;
        }
        Instant before = clock.instant().minus(Duration.ofDays(days));
        statusBar.notice("Marking the messages older than " + days + " days No Response Needed…");
        tasks.run(() -> {
            List<Long> ids = current.queries().responseNeededBefore(before);
            current.triage().markNoResponseNeeded(ids, true);
            return ids;
        }, ids -> {
            String said = "Marked " + String.format("%,d", ids.size()) + (ids.size() == 1 ? " message" : " messages")
                    + " older than " + days + " days No Response Needed";
            statusBar.noticeOver();
            remember(new Done(ids, null, Mark.NO_RESPONSE_NEEDED, true, said));
            refresh.run();
        }, e -> {
            statusBar.noticeOver();
            statusBar.failed(ActionFailure.said("mark the older messages No Response Needed", e));
        });
    }

    /**
     * A mark waiting for the connection was withdrawn (in the Outbox window): when it is the one
     * Undo offers, or one of its messages, the offer ends, since taking it back now would queue
     * the opposite mark for a message the server never had marked.
     */
    void withdrawn(WaitingMark mark) {
        Done done = last;
        if (done != null && done.mark().keyword.equals(mark.flag()) && done.on() == mark.on()
                && done.ids().contains(mark.messageRow())) {
            forget();
        }
    }

    /** Takes the last mark back and selects its message again (when the list shows it). */
    void undo() {
        Done done = last;
        if (session == null || done == null) {
            return;
        }
        forget();
        if (inFlight.contains(done)) { // z straight after the mark: taken back as soon as the mark is in
            undoWhenTaken.add(done);
            return;
        }
        takeBack(done);
    }

    private void takeBack(Done done) {
        Runnable stillUndoable = () -> remember(done); // the mark stands: Undo is still what it offers
        if (done.message() == null) {
            applyAll(done.ids(), done.mark(), !done.on(), () -> {
                messageList.pickWhenListed(done.ids());  // picked again once the list shows them
                statusBar.notice("Undone: " + done.said());
            }, stillUndoable);
            return;
        }
        apply(done.message(), done.mark(), !done.on(), () -> {
            // kept selected by a reload that does not list it yet (one already under way), then its row
            messageList.open(done.message());
            statusBar.notice("Undone: " + done.said());
        }, stillUndoable);
    }

    private void apply(MessageSummary message, Mark mark, boolean on, Runnable afterwards, Runnable failed) {
        onServer(triage -> mark.apply(triage, message.id(), on), afterwards, failed, mark.couldNot(on, 1));
    }

    private void applyAll(List<Long> ids, Mark mark, boolean on, Runnable afterwards, Runnable failed) {
        onServer(triage -> mark.applyAll(triage, ids, on), afterwards, failed, mark.couldNot(on, ids.size()));
    }

    /**
     * Runs a mark in the background; then {@code afterwards} and a refresh, or {@code failed} and
     * the failure in the status bar (the list is not read again: nothing changed).
     */
    private void onServer(java.util.function.Consumer<TriageCommands> mark, Runnable afterwards, Runnable failed,
                          String couldNot) {
        MailboxSession current = session;
        tasks.run(() -> {
            mark.accept(current.triage());
            return null;
        }, ok -> {
            afterwards.run();
            refresh.run();
        }, e -> {
            failed.run();
            statusBar.failed(ActionFailure.said(couldNot, e));
        });
    }

    private void remember(Done done) {
        last = done;
        statusBar.undoable(done.said());
    }

    private void forget() {
        last = null;
        statusBar.undoable("");
    }

    private boolean ownMessage(MessageSummary selected) {
        if (selected.sentBySeller()) {
            statusBar.notice("That is your own message in Sent: No Response Needed and Report are for buyer messages.");
        }
        return selected.sentBySeller();
    }
}
