package com.relaydesk.mail;

/**
 * Where an OAuth account's access token comes from (SASL XOAUTH2 sends it instead of a
 * password). Implementations refresh it silently before it expires and throw a
 * non-retryable {@link MailException} when the user has to sign in again.
 */
public interface AccessTokenSource {

    /** A token valid for at least the next few minutes; may refresh it over the network. */
    String accessToken();

    /** The mail server refused {@code token}: the next {@link #accessToken()} must get a new one. */
    void rejected(String token);

    /** The sign-in's name in messages, e.g. "Google" or "Microsoft". */
    String providerName();
}
