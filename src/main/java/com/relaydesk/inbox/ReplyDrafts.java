package com.relaydesk.inbox;

import java.util.Optional;

/**
 * Unsent replies of the person working now, by the buyer message they answer (each profile has
 * its own). Every call reads or writes the disk: callers run it off the JavaFX application thread.
 */
public interface ReplyDrafts {

    /** This person's draft answering that message, if they left one. */
    Optional<ReplyDraft> load(long messageId);

    /**
     * Keeps the draft for later (the editor closed unsent, or the desktop locked), attachments
     * included, up to {@link ReplyDraft#MAX_KEPT_ATTACHMENT_BYTES}: the rest are named as left out.
     */
    void save(long messageId, ReplyDraft draft);

    /** The reply went out or was thrown away: forget the draft and its attachments. */
    void discard(long messageId);
}
