package com.relaydesk.oauth;

import com.relaydesk.platform.secrets.SecretStore;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * OAuth for one registered client: signs a mailbox in through the browser, or gives the token
 * source of a mailbox signed in before (its refresh token in the secret store).
 */
public final class OAuthSignIn {

    private final OAuthClient client;
    private final SecretStore secrets;
    private final Clock clock;
    private final TokenEndpoint endpoint;

    public OAuthSignIn(OAuthClient client, SecretStore secrets, Clock clock, HttpClient http) {
        this.client = client;
        this.secrets = secrets;
        this.clock = clock;
        this.endpoint = new TokenEndpoint(client, http, clock);
    }

    public OAuthSignIn(OAuthClient client, SecretStore secrets, Clock clock) {
        this(client, secrets, clock, TokenEndpoint.defaultHttpClient());
    }

    public OAuthProvider provider() {
        return client.provider();
    }

    /** Whether a refresh token is saved for {@code user}. */
    public boolean signedIn(String user) {
        return saved(user).refreshToken().isPresent();
    }

    /** Tokens for a mailbox signed in before; throws SignInRequiredException on first use when it was not. */
    public OAuthTokenSource tokens(String user) {
        return new OAuthTokenSource(endpoint, saved(user), user, clock, OAuthTokenSource.DEFAULT_MARGIN);
    }

    /** The browser sign-in; the refresh token is saved before this returns. */
    public OAuthTokenSource signIn(String user, BrowserOpener browser) {
        OAuthTokens tokens = new AuthorizationCodeFlow(endpoint, browser, new SecureRandom(),
                AuthorizationCodeFlow.DEFAULT_TIMEOUT).signIn(user);
        OAuthTokenSource source = tokens(user);
        source.signedIn(tokens);
        return source;
    }

    /** Revokes the grant at the provider where it can, and forgets the refresh token here. */
    public void signOut(String user) {
        SavedSignIn saved = saved(user);
        saved.refreshToken().ifPresent(token -> {
            try {
                endpoint.revoke(token);
            } catch (OAuthException unreachable) {
                // Forgetting it here still signs out this computer.
            }
        });
        saved.forget();
    }

    private SavedSignIn saved(String user) {
        return new SavedSignIn(secrets, client.provider().id(), user);
    }
}
