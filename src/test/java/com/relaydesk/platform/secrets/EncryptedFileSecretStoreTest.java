package com.relaydesk.platform.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileSecretStoreTest {

    private static final String PASSWORD = "Sup3r-Secret-Mailbox-Pässword";

    @TempDir
    Path dir;

    @Test
    void aSavedPasswordComesBackAfterReopeningWithTheSamePassphrase() {
        Path file = dir.resolve("secrets.properties");
        EncryptedFileSecretStore.open(file, "owner phrase".toCharArray()).put("imap:seller@example.com",
                PASSWORD.toCharArray());
        SecretStore reopened = EncryptedFileSecretStore.open(file, "owner phrase".toCharArray());
        assertArrayEquals(PASSWORD.toCharArray(), reopened.get("imap:seller@example.com").orElseThrow());
        assertEquals(Optional.empty(), reopened.get("imap:other@example.com"));
    }

    @Test
    void thePasswordNeverAppearsInTheFileAndOnlyTheOwnerCanReadIt() throws Exception {
        Path file = dir.resolve("secrets.properties");
        EncryptedFileSecretStore.open(file, "owner phrase".toCharArray()).put("imap:a", PASSWORD.toCharArray());
        String content = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertFalse(content.contains("Sup3r"), content);
        assertFalse(content.contains("owner phrase"));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    }

    @Test
    void aWrongPassphraseIsToldApartAndSaysWhatToDo() {
        Path file = dir.resolve("secrets.properties");
        EncryptedFileSecretStore.open(file, "right".toCharArray()).put("imap:a", PASSWORD.toCharArray());
        SecretStoreException e = assertThrows(SecretStoreException.class,
                () -> EncryptedFileSecretStore.open(file, "wrong".toCharArray()));
        assertTrue(e.getMessage().contains("passphrase does not open"), e.getMessage());
    }

    @Test
    void removingASecretForgetsIt() {
        SecretStore store = EncryptedFileSecretStore.open(dir.resolve("s"), "p".toCharArray());
        store.put("imap:a", "x".toCharArray());
        store.remove("imap:a");
        assertEquals(Optional.empty(), store.get("imap:a"));
    }

    @Test
    void anEmptyPassphraseIsRefused() {
        assertThrows(SecretStoreException.class, () -> EncryptedFileSecretStore.open(dir.resolve("s"), new char[0]));
    }
}
