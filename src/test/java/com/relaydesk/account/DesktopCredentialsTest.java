package com.relaydesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.Security;
import com.relaydesk.platform.secrets.SecretStore;
import com.relaydesk.platform.secrets.SecretStoreException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a desktop keyring the OS account protects the credential: no passphrase, no slots, and
 * signing out removes the keyring item. (The keyring itself needs a D-Bus session, so an
 * in-memory store stands in for it here; the encrypted-file side is tested on real files.)
 */
class DesktopCredentialsTest {

    @TempDir
    Path dataFolder;

    private final Map<String, char[]> items = new ConcurrentHashMap<>();
    private final SecretStore keyring = new SecretStore() {
        @Override
        public void put(String key, char[] secret) {
            items.put(key, secret.clone());
        }

        @Override
        public Optional<char[]> get(String key) {
            return Optional.ofNullable(items.get(key));
        }

        @Override
        public void remove(String key) {
            items.remove(key);
        }

        @Override
        public String description() {
            return "the desktop keyring (Secret Service)";
        }
    };

    @Test
    void withAKeyringNobodyTypesAPassphraseAndAssistantSlotsAreExplainedAway() throws Exception {
        DesktopCredentials credentials = new DesktopCredentials(dataFolder, Optional.of(keyring));
        AccountSettings settings = connect(credentials);

        assertFalse(credentials.needsPassphrase());
        assertSame(keyring, credentials.unlock(new char[0]));
        assertEquals(List.of(), credentials.assistants());
        SecretStoreException slots = assertThrows(SecretStoreException.class,
                () -> credentials.addAssistant(new char[0], "Anna", "anna's phrase".toCharArray()));
        assertTrue(slots.getMessage().contains("the OS account protects the mailbox password"), slots.getMessage());
        assertTrue(credentials.status().keyring());
        assertTrue(items.containsKey(settings.secretKey()));
    }

    @Test
    void signingOutWithAKeyringRemovesTheItemAndTheAccountWithoutAPassphrase() throws Exception {
        DesktopCredentials credentials = new DesktopCredentials(dataFolder, Optional.of(keyring));
        AccountSettings settings = connect(credentials);

        credentials.signOut(new char[0]);

        assertFalse(items.containsKey(settings.secretKey()));
        assertEquals(Optional.empty(), new AccountSettingsFile(dataFolder).load());
    }

    private AccountSettings connect(DesktopCredentials credentials) throws Exception {
        AccountSettings settings = new AccountSettings("service@shop.example", null,
                new ServerEndpoint("imap.shop.example", 993, Security.TLS),
                new ServerEndpoint("smtp.shop.example", 465, Security.TLS), List.of(), true);
        new AccountSetup(dataFolder, (account, password) -> "ok", credentials)
                .save(settings, "the mailbox password".toCharArray(), new char[0]);
        return settings;
    }
}
