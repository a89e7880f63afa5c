package com.relaydesk.inbox;

import java.util.Optional;

/**
 * Unsent replies of the person working now, by the buyer message they answer (each profile has
 * its own). Every call reads or writes the disk: callers run it off the JavaFX application thread.
 */
public interface ReplyDrafts {

    /** The text of this person's draft answering that message, if they left one. */
    Optional<String> load(long messageId);

    /** Keeps the text for later (the editor closed unsent, or the desktop locked). */
    void save(long messageId, String to, String subject, String body);

    /** The reply went out or was thrown away: forget the draft. */
    void discard(long messageId);
}
