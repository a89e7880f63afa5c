package com.relaydesk.inbox;

/**
 * The sign-off of the person working now, put under every reply they start (each profile has its
 * own: in a team each assistant signs with their name). Every call reads or writes the disk:
 * callers run it off the JavaFX application thread.
 */
public interface ReplySignature {

    /** The signature, without surrounding blank lines; empty when the person has none. */
    String text();

    /** Keeps the signature for the next replies; a blank one removes it. */
    void save(String text);
}
