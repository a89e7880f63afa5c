package com.relaydesk.ui.compose;

/**
 * Keeps a reply editor's text as the current profile's draft: brought back when the same person
 * opens the same reply again, saved when the editor closes unsent (also when the desktop locks),
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

    /** Fills the editor with the saved draft (it has its signature already), unless the person started typing meanwhile. */
    void restore() {
        drafts.load(messageId, text -> {
            if (editor.untouched()) {
                editor.bodyProperty().set(text);
            }
        });
    }

    void sent() {
        sent = true;
        drafts.forget(messageId);
    }

    /** The editor closed: keep what was written, or forget an emptied draft. */
    void closed() {
        if (!sent) {
            drafts.keep(messageId, editor.toProperty().get(), editor.subjectProperty().get(), editor.writtenBody());
        }
    }
}
