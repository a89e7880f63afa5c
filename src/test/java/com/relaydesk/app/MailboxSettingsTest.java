package com.relaydesk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.relaydesk.account.AccountSettings;
import com.relaydesk.account.AccountSettingsFile;
import com.relaydesk.account.AccountSetup;
import com.relaydesk.account.DesktopCredentials;
import com.relaydesk.account.MailboxLogin;
import com.relaydesk.account.ProviderPreset;
import com.relaydesk.account.ServerEndpoint;
import com.relaydesk.inbox.MailboxSession;
import com.relaydesk.inbox.SyncEvents;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.platform.secrets.SecretStoreException;
import com.relaydesk.ui.account.AccountSetupViewModel;
import com.relaydesk.ui.common.UiTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Mailbox settings…" on a connected mailbox (a real IMAP/SMTP server, the encrypted secrets file):
 * the form shows what was saved, a new shop name is saved with the password left empty and the
 * mailbox opens with it, while a changed server asks for the password again.
 */
class MailboxSettingsTest {

    private static final String PASSWORD = "Mailbox-Passw0rd-settings";
    private static final String OWNER = "owner's long phrase";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("seller@example.org", "seller", PASSWORD))
            .withPerMethodLifecycle(true);

    @TempDir
    Path root;

    private DesktopCredentials credentials;
    private AccountSettings settings;
    private AccountSetup setup;
    private MailboxOpener opener;
    private AccountSetupViewModel form;

    @BeforeEach
    void connectTheMailbox() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1));
        DataFolder folder = DataFolder.at(root).ensureWritable();
        credentials = DesktopCredentials.encryptedFile(root);
        settings = new AccountSettings("seller@example.org", "seller",
                new ServerEndpoint("127.0.0.1", greenMail.getImap().getPort(), Security.PLAIN),
                new ServerEndpoint("127.0.0.1", greenMail.getSmtp().getPort(), Security.PLAIN),
                List.of("seller@example.org", "help@example.org"), true);
        setup = new AccountSetup(root, new MailboxLogin(), credentials);
        setup.save(settings, PASSWORD.toCharArray(), OWNER.toCharArray());
        opener = new MailboxOpener(folder, Clock.systemUTC(), () -> {
            throw new AssertionError("an account is configured: no demo");
        }, credentials);
        setup.readSavedPasswordFrom(opener::secrets); // as the app wires it
        form = new AccountSetupViewModel(setup, UiTasks.sameThread());
    }

    @Test
    void theFormShowsTheSavedMailboxAndANewShopNameIsSavedKeepingThePasswordThenTheMailboxOpensWithIt()
            throws Exception {
        openAndSync(OWNER.toCharArray()).close(); // the app unlocked the secrets at start

        form.load(() -> { });
        assertTrue(form.connectedProperty().get());
        assertEquals("Mailbox settings", form.titleProperty().get());
        assertEquals("seller@example.org", form.addressProperty().get());
        assertEquals("seller", form.userProperty().get());
        assertEquals(ProviderPreset.CUSTOM, form.presetProperty().get());
        assertEquals("127.0.0.1", form.imapHostProperty().get());
        assertEquals(Integer.toString(greenMail.getImap().getPort()), form.imapPortProperty().get());
        assertEquals(Security.PLAIN, form.imapSecurityProperty().get());
        assertEquals(Integer.toString(greenMail.getSmtp().getPort()), form.smtpPortProperty().get());
        assertEquals("seller@example.org, help@example.org", form.authorizedSendersProperty().get());
        assertEquals("", form.passwordProperty().get(), "the password is never shown");
        assertEquals("saved — leave empty to keep it", form.passwordPromptProperty().get());
        assertTrue(form.completeProperty().get(), "Save is possible without typing the password");

        form.testConnection(); // with the saved password, from the secrets the open mailbox used
        assertEquals("Everything works. Save to use this mailbox.", form.outcomeProperty().get());

        form.shopNameProperty().set("Walnut & Wick");
        boolean[] saved = {false};
        form.save(() -> saved[0] = true);
        assertTrue(saved[0], form.outcomeProperty().get());
        AccountSettings now = new AccountSettingsFile(root).load().orElseThrow();
        assertEquals("Walnut & Wick", now.shopName());
        assertEquals(settings.withShopName("Walnut & Wick"), now, "nothing else changed");
        assertArrayEquals(PASSWORD.toCharArray(),
                credentials.unlock(OWNER.toCharArray()).get(settings.secretKey()).orElseThrow(), "the password stays");

        MailboxSession reopened = openAndSync(new char[0]); // as "Save and reconnect" reopens it
        try {
            assertEquals("Walnut & Wick", reopened.sellerName(), "templates sign with the new name");
        } finally {
            reopened.close();
        }
    }

    @Test
    void whoChangedWhatIsInTheOpenMailboxsAuditLog() throws Exception {
        MailboxSession open = openAndSync(OWNER.toCharArray());
        try {
            setup.whenSettingsChanged(open::recordSettingsChange); // as the window wires it
            form.load(() -> { });
            form.shopNameProperty().set("Walnut & Wick");
            form.bounceBacksProperty().set(false);
            form.save(() -> { });
            Path csv = root.resolve("audit.csv");
            open.exportAudit(csv);
            String audit = java.nio.file.Files.readString(csv);
            assertTrue(audit.contains("settings changed") && audit.contains(
                    "shop name: none → Walnut & Wick; bounce-back notices: on → off"), audit);
        } finally {
            open.close();
        }
    }

    @Test
    void aChangedServerOrUserNameNeedsThePasswordAgainAndTheSavedSettingsStay() throws Exception {
        List<String> recorded = new java.util.ArrayList<>();
        setup.whenSettingsChanged(recorded::add);
        form.load(() -> { });
        form.imapPortProperty().set("1993");
        assertFalse(form.completeProperty().get(), "Save waits for the password");
        assertEquals("type it again: the address, user name or servers changed", form.passwordPromptProperty().get());
        form.imapPortProperty().set(Integer.toString(greenMail.getImap().getPort()));
        assertTrue(form.completeProperty().get(), "back as saved");
        form.userProperty().set("someone-else");
        assertFalse(form.completeProperty().get());

        // the service refuses it too, whatever the form lets through
        AccountSettings elsewhere = new AccountSettings("seller@example.org", "seller",
                new ServerEndpoint("mail.elsewhere.example", 993, Security.TLS), settings.smtp(), List.of(), true);
        SecretStoreException refused = assertThrows(SecretStoreException.class,
                () -> setup.saveKeepingPassword(elsewhere));
        assertTrue(refused.getMessage().contains("type the password again"), refused.getMessage());
        assertEquals(settings, new AccountSettingsFile(root).load().orElseThrow());

        form.passwordProperty().set(PASSWORD); // typed again, with the owner's passphrase: saved as on connecting
        form.passphraseProperty().set(OWNER);
        assertTrue(form.completeProperty().get());
        boolean[] saved = {false};
        form.save(() -> saved[0] = true);
        assertTrue(saved[0], form.outcomeProperty().get());
        assertEquals("someone-else", new AccountSettingsFile(root).load().orElseThrow().user());
        assertEquals(List.of("user name: seller → someone-else; password replaced"), recorded);
    }

    @Test
    void aMailboxThatSignsInWithGoogleKeepsItsSignInWhenItsShopNameChanges() throws Exception {
        com.relaydesk.oauth.OAuthSettingsFile oauth = new com.relaydesk.oauth.OAuthSettingsFile(root);
        oauth.save(com.relaydesk.oauth.OAuthSettings.of("google"));
        new com.relaydesk.oauth.SavedSignIn(credentials.unlock(OWNER.toCharArray()), "google", "seller").save("token");

        form.load(() -> { });
        assertEquals("not needed: signed in with Google", form.passwordPromptProperty().get());
        assertTrue(form.completeProperty().get());
        form.shopNameProperty().set("Walnut & Wick");
        boolean[] saved = {false};
        form.save(() -> saved[0] = true);
        assertTrue(saved[0], form.outcomeProperty().get());
        assertTrue(oauth.load().isPresent(), "the sign-in stays: saving a password would have removed it");
        form.imapPortProperty().set("1993");
        assertEquals("sign in again: the address, user name or servers changed", form.passwordPromptProperty().get());
    }

    @Test
    void beforeTheMailboxWasUnlockedTheTestSaysToTypeThePassphraseAndWorksWithIt() {
        form.load(() -> { });
        form.testConnection();
        assertTrue(form.outcomeProperty().get().startsWith("The test could not run: ")
                && form.outcomeProperty().get().contains("type the passphrase"), form.outcomeProperty().get());

        form.passphraseProperty().set(OWNER);
        form.testConnection();
        assertEquals("Everything works. Save to use this mailbox.", form.outcomeProperty().get());

        form.shopNameProperty().set("Walnut & Wick");
        assertEquals("Everything works. Save to use this mailbox.", form.outcomeProperty().get(), "not a server");
        form.smtpPortProperty().set("587");
        assertEquals("", form.outcomeProperty().get(), "the test was of the other port: it would mislead");
        assertEquals(List.of(), form.steps());
    }

    private MailboxSession openAndSync(char[] passphrase) throws InterruptedException {
        MailboxSession session = opener.open(passphrase);
        SyncEvents events = new SyncEvents();
        session.addListener(events);
        session.syncNow();
        assertEquals("synced", events.next(30));
        return session;
    }
}
