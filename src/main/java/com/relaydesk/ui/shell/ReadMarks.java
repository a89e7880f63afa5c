package com.relaydesk.ui.shell;

import com.relaydesk.inbox.MailboxSession;
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

    private final MessageListViewModel messageList;
    private final StatusBarViewModel statusBar;
    private final UiTasks tasks;
    private final BooleanSupplier locked;
    private MailboxSession session;

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
    }

    /** Opening a message marks it read, as every mail client does. */
    void markRead(long messageId, boolean read) {
        mark(List.of(messageId), read);
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
