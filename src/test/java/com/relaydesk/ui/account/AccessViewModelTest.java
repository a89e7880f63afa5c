package com.relaydesk.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.account.AccountSettings;
import com.relaydesk.account.AccountSettingsFile;
import com.relaydesk.account.DesktopCredentials;
import com.relaydesk.account.ServerEndpoint;
import com.relaydesk.mail.Security;
import com.relaydesk.platform.secrets.EncryptedFileSecretStore;
import com.relaydesk.ui.common.UiTasks;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessViewModelTest {

    @TempDir
    Path dataFolder;

    private AccountSettings settings;
    private AccessViewModel access;

    @BeforeEach
    void aConnectedMailboxWithItsPasswordInTheEncryptedFile() throws Exception {
        settings = new AccountSettings("service@shop.example", null,
                new ServerEndpoint("imap.shop.example", 993, Security.TLS),
                new ServerEndpoint("smtp.shop.example", 465, Security.TLS), List.of(), true);
        new AccountSettingsFile(dataFolder).save(settings);
        EncryptedFileSecretStore.open(dataFolder.resolve(DesktopCredentials.SECRETS_FILE), "owner phrase".toCharArray())
                .put(settings.secretKey(), "the mailbox password".toCharArray());
        access = new AccessViewModel(DesktopCredentials.encryptedFile(dataFolder), UiTasks.sameThread());
        access.load();
    }

    @Test
    void theScreenSaysThePasswordIsSavedAndOnlyTheOwnerCanChangeItWithoutShowingIt() {
        assertEquals("service@shop.example: password saved — only the owner can change it",
                access.passwordStatusProperty().get());
        assertFalse(access.storageProperty().get().contains("the mailbox password"));
        assertEquals(List.of(), access.assistants());
        assertTrue(access.connectedProperty().get());
    }

    @Test
    void withoutAMailboxTheScreenOffersNothingToGiveAndSaysWhatToDoFirst(@TempDir Path empty) {
        AccessViewModel demo = new AccessViewModel(DesktopCredentials.encryptedFile(empty), UiTasks.sameThread());
        demo.load();
        assertFalse(demo.connectedProperty().get());
        assertTrue(demo.passwordStatusProperty().get().contains("connect one first"), demo.passwordStatusProperty().get());
    }

    @Test
    void connectAMailboxSaysThePasswordIsSavedInsteadOfShowingItAndForgetsThatAfterSignOut() {
        AccountSetupViewModel setup = new AccountSetupViewModel(new com.relaydesk.account.AccountSetup(dataFolder,
                (account, password) -> "ok", DesktopCredentials.encryptedFile(dataFolder)), UiTasks.sameThread());
        assertEquals("app password", setup.passwordPromptProperty().get());
        setup.load(() -> { });
        assertEquals("saved — leave empty to keep it", setup.passwordPromptProperty().get());
        assertEquals("", setup.passwordProperty().get());

        access.ownerPassphraseProperty().set("owner phrase");
        access.signOut(() -> { });
        setup.load(() -> { });
        assertEquals("app password", setup.passwordPromptProperty().get());
    }

    @Test
    void theOwnerAddsAnAssistantThenRevokesThem() {
        access.ownerPassphraseProperty().set("owner phrase");
        access.assistantNameProperty().set("Anna Berg");
        access.assistantPassphraseProperty().set("anna's phrase");
        assertTrue(access.canAdd().get());
        access.addAssistant();
        assertEquals(List.of("Anna Berg"), access.assistants());
        assertEquals("", access.ownerPassphraseProperty().get(), "passphrases are not kept in the form");
        assertEquals("", access.assistantPassphraseProperty().get());

        access.ownerPassphraseProperty().set("owner phrase");
        access.selectedProperty().set("Anna Berg");
        assertTrue(access.canRevoke().get());
        access.revokeSelected();
        assertEquals(List.of(), access.assistants());
        assertTrue(access.outcomeProperty().get().startsWith("Anna Berg's access is revoked"),
                access.outcomeProperty().get());
    }

    @Test
    void anAssistantAddedHereGetsAProfileThatTheirPassphraseUnlocks() {
        try (com.relaydesk.store.AccountCache cache = com.relaydesk.store.AccountCache.open(
                dataFolder.resolve("cache.sqlite"), "service@shop.example")) {
            com.relaydesk.team.Profiles profiles = new com.relaydesk.team.Profiles(cache.profiles(),
                    new com.relaydesk.team.PinHasher(1_000, new java.security.SecureRandom()), java.time.Clock.systemUTC());
            profiles.ensureOwner("Sam Seller");
            DesktopCredentials credentials = DesktopCredentials.encryptedFile(dataFolder);
            profiles.useKeySlots(credentials.keySlots());
            AccessViewModel linked = new AccessViewModel(credentials, UiTasks.sameThread(), () -> profiles);
            linked.load();
            linked.ownerPassphraseProperty().set("owner phrase");
            linked.assistantNameProperty().set("Anna Berg");
            linked.assistantPassphraseProperty().set("anna's phrase");
            linked.addAssistant();
            assertTrue(linked.outcomeProperty().get().contains("the same passphrase unlocks their profile (Anna Berg, AB)"),
                    linked.outcomeProperty().get());
            com.relaydesk.team.Profile anna = profiles.all().stream().filter(p -> p.name().equals("Anna Berg"))
                    .findFirst().orElseThrow();
            assertEquals("Anna Berg", anna.keySlot());
            assertTrue(profiles.check(anna.id(), "anna's phrase".toCharArray()).unlocked());
        }
    }

    @Test
    void aShortAssistantPassphraseCannotBeAddedAndAWrongOwnerPassphraseSaysSo() {
        access.ownerPassphraseProperty().set("not the owner's");
        access.assistantNameProperty().set("Anna Berg");
        access.assistantPassphraseProperty().set("1234");
        assertFalse(access.canAdd().get());
        access.assistantPassphraseProperty().set("anna's phrase");
        access.addAssistant();
        assertTrue(access.outcomeProperty().get().startsWith("The passphrase does not open the saved passwords"),
                access.outcomeProperty().get());
        assertEquals(List.of(), access.assistants());
    }

    @Test
    void signingOutDeletesThePasswordHereAndReopensTheWindow() {
        AtomicBoolean reopened = new AtomicBoolean();
        access.ownerPassphraseProperty().set("owner phrase");
        assertTrue(access.canSignOut().get());
        access.signOut(() -> reopened.set(true));
        assertTrue(reopened.get());
        assertTrue(access.passwordStatusProperty().get().startsWith("No mailbox is connected on this desktop"));
        assertFalse(access.connectedProperty().get());
        assertFalse(access.canSignOut().get());
    }
}
