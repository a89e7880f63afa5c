package com.relaydesk.oauth;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a mailbox signs in with OAuth: the provider profile, the client ID when it is not taken
 * from the environment, and for the generic profile (or to move a built-in one to a test server
 * or one tenant) the endpoints and scopes. Holds no token.
 */
public record OAuthSettings(String provider, Optional<String> clientId, Optional<URI> authorization,
        Optional<URI> token, Optional<URI> revocation, List<String> scopes) {

    public OAuthSettings {
        Objects.requireNonNull(provider, "provider");
        clientId = clientId == null ? Optional.empty() : clientId.filter(s -> !s.isBlank());
        authorization = authorization == null ? Optional.empty() : authorization;
        token = token == null ? Optional.empty() : token;
        revocation = revocation == null ? Optional.empty() : revocation;
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    /** A built-in profile with the client ID from the environment. */
    public static OAuthSettings of(String provider) {
        return new OAuthSettings(provider, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** The provider these settings describe, with any endpoint or scope overrides applied. */
    public OAuthProvider resolveProvider() {
        Optional<OAuthProvider> builtIn = OAuthProvider.builtIn(provider);
        OAuthProvider p;
        if (builtIn.isPresent()) {
            p = builtIn.get();
            p = p.at(authorization.orElse(p.authorization()), token.orElse(p.token()), revocation.orElse(p.revocation()));
            if (!scopes.isEmpty()) {
                p = p.withScopes(scopes);
            }
            return p;
        }
        if (!provider.equalsIgnoreCase("generic")) {
            throw new OAuthException("'" + provider + "' is not a sign-in RelayDesk knows. Use google, microsoft, or "
                    + "generic (with the endpoints in " + OAuthSettingsFile.FILE_NAME + ").");
        }
        if (authorization.isEmpty() || token.isEmpty() || scopes.isEmpty()) {
            throw new OAuthException("The generic sign-in needs the provider's authorization and token addresses and "
                    + "the mail scopes. Set authorization=, token= and scopes= in " + OAuthSettingsFile.FILE_NAME
                    + " in the data folder (your provider's developer pages list them).");
        }
        return OAuthProvider.generic(authorization.get(), token.get(), revocation.orElse(null), scopes);
    }

    /** The registered client: client ID from these settings, else from the environment. */
    public OAuthClient client(Map<String, String> env) {
        return OAuthClient.resolve(resolveProvider(), clientId, Optional.empty(), env);
    }
}
