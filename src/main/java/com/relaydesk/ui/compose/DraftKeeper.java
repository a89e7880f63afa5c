package com.relaydesk.ui.compose;

import com.relaydesk.inbox.ReplyDraft;
import com.relaydesk.rules.ContactReason;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps what the person set in a reply editor as the current profile's draft — text, subject,
 * contact reason, "send as a new message" and attachments: brought back when the same person opens
 * the same reply again, saved when the editor closes unsent (also when the desktop locks),
 * forgotten once the reply is in the outbox.
 */
final class DraftKeeper {

    private final DraftLedger drafts;
    private final ComposeViewModel editor;
    private final long messageId;
    private boolean sent;

    DraftKeeper(DraftLedger drafts, ComposeViewModel editor, long messageId) {
        this.drafts = drafts;
        this.editor = editor;
        this.messageId = messageId;
    }

    /** Fills the editor with the saved draft (its text has its signature already), unless the person began meanwhile. */
    void restore() {
        drafts.load(messageId, draft -> {
            if (editor.nothingSet()) {
                fill(draft);
            }
        });
    }

    void sent() {
        sent = true;
        drafts.forget(messageId);
    }

    /** The editor closed: keep what was set, or forget a draft emptied of everything. */
    void closed() {
        if (sent) {
            return;
        }
        if (editor.nothingSet()) {
            drafts.forget(messageId);
        } else {
            drafts.keep(messageId, new ReplyDraft(editor.toProperty().get(), editor.subjectProperty().get(),
                    editor.writtenBody(), editor.contactReasonProperty().get(), editor.newMessageProperty().get(),
                    List.copyOf(editor.attachments()), List.of()));
        }
    }

    private void fill(ReplyDraft draft) {
        List<String> notes = new ArrayList<>();
        editor.newMessageProperty().set(draft.newMessage());
        editor.subjectProperty().set(draft.subject());
        ContactReason reason = draft.reason();
        if (reason != null && !editor.chooseReason(reason)) { // the order moved on (shipped, canceled): B7 no longer offers it
            notes.add("The draft's contact reason \"" + reason.label() + "\" is not offered for this order any more;"
                    + " choose another.");
        }
        editor.attachments().setAll(draft.attachments()); // checked again against D1–D3 like any attached file
        if (!draft.leftOut().isEmpty()) {
            notes.add("Not kept with the draft, being over the 10 MB a message may carry (D3): "
                    + String.join(", ", draft.leftOut()) + ". Attach again what is needed.");
        }
        if (!draft.body().isEmpty()) {
            editor.bodyProperty().set(draft.body());
        }
        if (!notes.isEmpty()) {
            editor.warn(String.join(" ", notes));
        }
    }
}
