package com.relaydesk.oauth;

import com.relaydesk.mail.AccessTokenSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Access tokens for one OAuth mailbox: renews silently when the token has less than the
 * clock-skew margin left, keeps a rotated refresh token, and stops for good — until the user
 * signs in again — when the refresh token is revoked or the mail server keeps refusing tokens.
 * Stopping is what prevents a loop of failed logins, which providers punish with lock-outs.
 */
public final class OAuthTokenSource implements AccessTokenSource {

    /** Renew this long before expiry: covers clock drift between this computer and the provider, and slow logins. */
    public static final Duration DEFAULT_MARGIN = Duration.ofMinutes(5);
    /** Two refusals within this time mean a fresh token does not help either. */
    static final Duration REPEATED_REFUSAL = Duration.ofMinutes(15);

    private static final Logger LOG = Logger.getLogger(OAuthTokenSource.class.getName());

    private final TokenEndpoint endpoint;
    private final SavedSignIn saved;
    private final String user;
    private final Clock clock;
    private final Duration margin;
    private OAuthTokens current;
    private Instant lastRefusal;
    private SignInRequiredException stopped;
    private volatile java.util.function.Consumer<String> onSignInRequired = message -> { };
    private boolean told;

    public OAuthTokenSource(TokenEndpoint endpoint, SavedSignIn saved, String user, Clock clock, Duration margin) {
        this.endpoint = endpoint;
        this.saved = saved;
        this.user = user;
        this.clock = clock;
        this.margin = margin;
    }

    /** After a sign-in: keeps the refresh token in the secret store and uses the new access token. */
    public synchronized void signedIn(OAuthTokens tokens) {
        tokens.refreshToken().ifPresent(saved::save);
        current = tokens;
        stopped = null;
        lastRefusal = null;
        told = false;
    }

    /**
     * Who hears, once per stop, that only a new sign-in helps (the app shows "Sign in again");
     * called on the thread that asked for a token.
     */
    public void onSignInRequired(java.util.function.Consumer<String> listener) {
        this.onSignInRequired = listener;
    }

    private SignInRequiredException tell(SignInRequiredException e) {
        if (!told) {
            told = true;
            onSignInRequired.accept(e.getMessage());
        }
        return e;
    }

    @Override
    public synchronized String accessToken() {
        if (stopped != null) {
            throw tell(stopped);
        }
        if (current != null && current.freshAt(clock.instant(), margin)) {
            return current.accessToken();
        }
        String refreshToken = saved.refreshToken().orElseThrow(() -> tell(new SignInRequiredException("RelayDesk has no "
                + providerName() + " sign-in for " + user + ". Sign in with " + providerName() + " first.")));
        OAuthTokens renewed;
        try {
            renewed = endpoint.refresh(refreshToken);
        } catch (SignInRequiredException revoked) {
            // Useless from now on; forgetting it also means no later run tries it again.
            saved.forget();
            stopped = revoked;
            LOG.info(() -> "the " + providerName() + " refresh token for " + user + " was refused; sign-in required");
            throw tell(revoked);
        }
        List<String> missing = TokenEndpoint.missingMailScopes(endpoint.client().provider(), renewed.scopes());
        if (!missing.isEmpty()) {
            stopped = (SignInRequiredException) AuthorizationCodeFlow.wrongScope(providerName(), missing);
            throw tell(stopped);
        }
        renewed.refreshToken().ifPresent(saved::save); // providers that rotate refresh tokens
        current = renewed;
        LOG.fine(() -> "renewed the " + providerName() + " access token for " + user + "; " + renewed);
        return renewed.accessToken();
    }

    @Override
    public synchronized void rejected(String token) {
        if (current == null || !current.accessToken().equals(token)) {
            return; // already replaced
        }
        Instant now = clock.instant();
        current = null;
        if (lastRefusal != null && Duration.between(lastRefusal, now).compareTo(REPEATED_REFUSAL) < 0) {
            stopped = new SignInRequiredException("The mail server refused your " + providerName() + " sign-in for "
                    + user + " again, even with a new token, so RelayDesk stopped trying to avoid a lock-out. Check that "
                    + "IMAP and SMTP access are allowed for this mailbox and that this computer's clock is right, then "
                    + "sign in with " + providerName() + " again.");
            tell(stopped);
        }
        lastRefusal = now;
    }

    @Override
    public String providerName() {
        return endpoint.client().provider().displayName();
    }

    @Override
    public String toString() {
        return "OAuthTokenSource[" + providerName() + " " + user + "]";
    }
}
