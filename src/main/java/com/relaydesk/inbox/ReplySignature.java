package com.relaydesk.inbox;

/**
 * The sign-off of the person working now, put under every reply they start (each profile has its
 * own: in a team each assistant signs with their name). Every call reads or writes the disk:
 * callers run it off the JavaFX application thread.
 */
public interface ReplySignature {

    /** The language code of the general signature, used for replies in any language without one of their own. */
    String ANY_LANGUAGE = "";

    /**
     * The signature kept for replies in {@code language} (an ISO code such as "es", or
     * {@link #ANY_LANGUAGE} for the general one), without surrounding blank lines; empty when none.
     */
    String text(String language);

    /** Keeps the signature for the next replies in {@code language}; a blank one removes it. */
    void save(String language, String text);

    /** What goes under a reply in {@code language}: the signature kept for it, else the general one. */
    default String forReply(String language) {
        String own = language == null || language.isEmpty() ? "" : text(language);
        return own.isBlank() ? text(ANY_LANGUAGE) : own;
    }
}
