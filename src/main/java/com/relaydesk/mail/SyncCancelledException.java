package com.relaydesk.mail;

/** Sync stopped because the user (or the app closing) asked; what was stored so far stays. */
public final class SyncCancelledException extends MailException {
    public SyncCancelledException() {
        super("Sync was stopped before it finished. What was already downloaded is kept; the next sync continues from there.",
                null, true);
    }
}
