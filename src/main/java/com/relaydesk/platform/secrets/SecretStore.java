package com.relaydesk.platform.secrets;

import java.util.Optional;

/**
 * Where mailbox passwords and OAuth tokens live: never in plain text on disk. Keys name the
 * secret, e.g. {@code imap:seller@example.com}.
 */
public interface SecretStore {

    void put(String key, char[] secret);

    Optional<char[]> get(String key);

    void remove(String key);

    /** Says where secrets go, for the settings screen and the README (e.g. "GNOME Keyring"). */
    String description();
}
