package com.relaydesk.oauth;

import com.relaydesk.platform.secrets.SecretStore;
import java.util.Optional;

/** The refresh token of one mailbox, kept in the secret store next to passwords — never in a plain file. */
public final class SavedSignIn {

    private final SecretStore secrets;
    private final String key;

    public SavedSignIn(SecretStore secrets, String providerId, String user) {
        this.secrets = secrets;
        this.key = key(providerId, user);
    }

    public static String key(String providerId, String user) {
        return "oauth:" + providerId + ":" + user;
    }

    public Optional<String> refreshToken() {
        return secrets.get(key).map(String::new);
    }

    public void save(String refreshToken) {
        secrets.put(key, refreshToken.toCharArray());
    }

    public void forget() {
        secrets.remove(key);
    }
}
