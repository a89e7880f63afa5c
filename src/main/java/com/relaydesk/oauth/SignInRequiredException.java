package com.relaydesk.oauth;

/**
 * The saved sign-in can no longer be used (revoked, expired, never made, or refused by the mail
 * server twice): only the user signing in again helps. Never retried automatically.
 */
public final class SignInRequiredException extends OAuthException {

    public SignInRequiredException(String message) {
        super(message);
    }
}
