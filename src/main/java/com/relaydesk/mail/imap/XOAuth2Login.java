package com.relaydesk.mail.imap;

import com.relaydesk.mail.MailAccount;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

/**
 * One login, and for an OAuth account whose token the server refuses exactly one more with a
 * fresh token — never more: providers lock out clients that keep failing to sign in.
 */
final class XOAuth2Login {

    /** Logs in with the given password or access token. */
    @FunctionalInterface
    interface Attempt {
        void login(String secret) throws MessagingException;
    }

    private XOAuth2Login() {
    }

    static void run(MailAccount account, Attempt attempt) throws MessagingException {
        String secret = account.password();
        try {
            attempt.login(secret);
        } catch (AuthenticationFailedException refused) {
            if (!account.usesOAuth()) {
                throw refused;
            }
            // The token may have expired early (clock skew, revoked session): get a new one once.
            account.tokens().rejected(secret);
            String fresh = account.password();
            try {
                attempt.login(fresh);
            } catch (AuthenticationFailedException again) {
                account.tokens().rejected(fresh); // a second refusal stops the token source: no login loop
                throw again;
            }
        }
    }
}
