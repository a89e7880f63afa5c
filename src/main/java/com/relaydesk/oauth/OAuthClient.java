package com.relaydesk.oauth;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * This installation's registration at a provider: the provider and the client ID (plus the
 * client secret where the provider hands desktop apps one).
 */
public record OAuthClient(OAuthProvider provider, String clientId, Optional<String> clientSecret) {

    public OAuthClient {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(clientId, "clientId");
        clientSecret = clientSecret == null ? Optional.empty() : clientSecret.filter(s -> !s.isBlank());
    }

    /**
     * The client ID from the settings when set, else from the environment variable; without
     * either, a message that says how to register one.
     */
    public static OAuthClient resolve(OAuthProvider provider, Optional<String> idFromSettings,
            Optional<String> secretFromSettings, Map<String, String> env) {
        String id = idFromSettings.filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(env.get(provider.clientIdVariable())).filter(s -> !s.isBlank()))
                .orElseThrow(() -> new OAuthException("No " + provider.displayName() + " client ID is set, so RelayDesk "
                        + "cannot open the " + provider.displayName() + " sign-in. Register RelayDesk as a desktop app "
                        + "(README: \"Sign in with Google or Microsoft 365\") and put its client ID in the environment "
                        + "variable " + provider.clientIdVariable() + ", in the OAuth client ID field of “Connect a mailbox…”, "
                        + "or as client-id= in " + OAuthSettingsFile.FILE_NAME + "."));
        Optional<String> secret = secretFromSettings.filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(env.get(provider.clientSecretVariable())));
        return new OAuthClient(provider, id.strip(), secret.map(String::strip));
    }

    @Override
    public String toString() {
        return "OAuthClient[" + provider.id() + " " + clientId + (clientSecret.isPresent() ? " +secret" : "") + "]";
    }
}
