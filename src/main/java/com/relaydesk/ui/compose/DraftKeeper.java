package com.relaydesk.ui.compose;

import com.relaydesk.inbox.ReplyDrafts;
import com.relaydesk.ui.common.UiTasks;

/**
 * Keeps a reply editor's text as the current profile's draft: brought back when the same person
 * opens the same reply again, saved when the editor closes unsent (also when the desktop locks),
 * forgotten once the reply is in the outbox.
 */
final class DraftKeeper {

    private final ReplyDrafts drafts;
    private final UiTasks tasks;
    private final ComposeViewModel editor;
    private final long messageId;
    private boolean sent;

    DraftKeeper(ReplyDrafts drafts, UiTasks tasks, ComposeViewModel editor, long messageId) {
        this.drafts = drafts;
        this.tasks = tasks;
        this.editor = editor;
        this.messageId = messageId;
    }

    /** Fills the editor with the saved draft, unless the person started typing meanwhile. */
    void restore() {
        tasks.run(() -> drafts.load(messageId), saved -> saved.ifPresent(text -> {
            if (editor.bodyProperty().get().isEmpty()) {
                editor.bodyProperty().set(text);
            }
        }), e -> { });
    }

    void sent() {
        sent = true;
        tasks.run(() -> {
            drafts.discard(messageId);
            return null;
        }, done -> { }, e -> { });
    }

    /** The editor closed: keep what was written, or forget an emptied draft. */
    void closed() {
        if (sent) {
            return;
        }
        String to = editor.toProperty().get();
        String subject = editor.subjectProperty().get();
        String body = editor.bodyProperty().get();
        tasks.run(() -> {
            if (body.isBlank()) {
                drafts.discard(messageId);
            } else {
                drafts.save(messageId, to, subject, body);
            }
            return null;
        }, done -> { }, e -> { });
    }
}
