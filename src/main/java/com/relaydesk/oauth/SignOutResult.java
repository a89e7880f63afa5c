package com.relaydesk.oauth;

import java.util.Objects;

/**
 * What signing out did at the provider. The refresh token is gone from this computer in every
 * case; {@link #sentence()} tells the user whether the provider forgot the grant as well.
 */
public record SignOutResult(Revocation revocation, String sentence) {

    /** How the provider was told (RFC 7009), or why it was not. */
    public enum Revocation {
        /** The provider accepted the revocation (or already knew the token as dead). */
        REVOKED,
        /** The provider has no revocation endpoint (Microsoft): the user removes the app there. */
        NOT_OFFERED,
        /** The provider could not be reached or refused: the grant may still be valid there. */
        NOT_SENT,
        /** No refresh token was saved for that mailbox. */
        NOTHING_SAVED
    }

    public SignOutResult {
        Objects.requireNonNull(revocation, "revocation");
        Objects.requireNonNull(sentence, "sentence");
    }

    /** Whether the provider may still hold a valid grant that the user should remove there. */
    public boolean grantMayRemain() {
        return revocation == Revocation.NOT_OFFERED || revocation == Revocation.NOT_SENT;
    }
}
