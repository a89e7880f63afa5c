package com.relaydesk.ui.shell;

import com.relaydesk.inbox.MailboxSession;
import com.relaydesk.model.MessageDetail;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.messages.MessageListViewModel;
import com.relaydesk.ui.status.StatusBarViewModel;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Read and unread on the server ({@code \Seen}): opening a message marks it read, as every mail
 * client does; Mark unread ({@code u}) keeps messages bold as a reminder, all the picked rows as
 * No Response Needed and Report do.
 */
final class ReadMarks {

    private static final long NONE = Long.MIN_VALUE;

    private final MessageListViewModel messageList;
    private final StatusBarViewModel statusBar;
    private final UiTasks tasks;
    private final BooleanSupplier locked;
    private MailboxSession session;
    private long lastShown = NONE;

    /** @param locked the desk is locked: nothing is marked read behind the lock screen */
    ReadMarks(MessageListViewModel messageList, StatusBarViewModel statusBar, UiTasks tasks, BooleanSupplier locked) {
        this.messageList = messageList;
        this.statusBar = statusBar;
        this.tasks = tasks;
        this.locked = locked;
    }

    /** A mailbox opened (or closed, with null). */
    void follow(MailboxSession opened) {
        session = opened;
        lastShown = NONE;
    }

    /**
     * The reading pane shows a message: newly opened, it is marked read. Reading the list again (a
     * sync, another view and back) empties the pane and shows the same message again: no new
     * opening, so a message just marked unread stays unread until another one has been read.
     */
    void shown(MessageDetail shown) {
        if (shown == null) {
            return;
        }
        boolean opened = shown.id() != lastShown;
        lastShown = shown.id();
        if (opened && shown.summary().unread()) {
            mark(List.of(shown.id()), true);
        }
    }

    /** The desk locked: whoever unlocks opens anew whatever they select. */
    void forgetShown() {
        lastShown = NONE;
    }

    /** The selected message, or all the picked ones. */
    void markUnread() {
        mark(messageList.actedOn().stream().map(MessageSummary::id).toList(), false);
    }

    private void mark(List<Long> ids, boolean read) {
        MailboxSession current = session;
        if (current == null || ids.isEmpty() || locked.getAsBoolean()) {
            return;
        }
        tasks.run(() -> {
            if (ids.size() == 1) {
                current.triage().markRead(ids.get(0), read);
            } else {
                current.triage().markRead(ids, read);  // one STORE per folder
            }
            return null;
        }, done -> ids.forEach(id -> messageList.showRead(id, read)),
                e -> statusBar.failed(ActionFailure.said(couldNot(read, ids.size()), e)));
    }

    private static String couldNot(boolean read, int count) {
        return "mark " + (count == 1 ? "the message" : "the messages") + (read ? " read" : " unread");
    }
}
