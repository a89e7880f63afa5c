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

    /**
     * Signs {@code user} out: asks the provider to revoke the grant where it has a revocation
     * endpoint (RFC 7009), then forgets the refresh token here whatever the provider said — an
     * offline computer still signs out locally, and the result says the provider was not told.
     */
    public SignOutResult signOut(String user) {
        SavedSignIn saved = saved(user);
        java.util.Optional<String> token = saved.refreshToken();
        if (token.isEmpty()) {
            return new SignOutResult(SignOutResult.Revocation.NOTHING_SAVED, "No " + provider().displayName()
                    + " sign-in was saved for " + user + " on this computer.");
        }
        SignOutResult result = revoke(token.get());
        saved.forget();
        return result;
    }

    private SignOutResult revoke(String refreshToken) {
        OAuthProvider provider = provider();
        String name = provider.displayName();
        if (provider.revocation() == null) {
            return new SignOutResult(SignOutResult.Revocation.NOT_OFFERED, name + " offers apps no way to withdraw a "
                    + "sign-in, so RelayDesk's access stays listed there until it expires; remove it yourself at "
                    + provider.accessSettingsPage() + ".");
        }
        try {
            if (endpoint.revoke(refreshToken)) {
                return new SignOutResult(SignOutResult.Revocation.REVOKED, name + " withdrew RelayDesk's access too.");
            }
            return new SignOutResult(SignOutResult.Revocation.NOT_SENT, name + " did not accept the request to "
                    + "withdraw RelayDesk's access; remove it yourself at " + provider.accessSettingsPage() + ".");
        } catch (OAuthException unreachable) {
            return new SignOutResult(SignOutResult.Revocation.NOT_SENT, "The request to withdraw RelayDesk's access "
                    + "could not be sent to " + name + " (no connection), so the sign-in stays valid there until it "
                    + "expires; remove it at " + provider.accessSettingsPage() + " or sign out again when online.");
        }
    }

    private SavedSignIn saved(String user) {
        return new SavedSignIn(secrets, client.provider().id(), user);
    }
}
