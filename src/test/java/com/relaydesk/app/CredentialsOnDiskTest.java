package com.relaydesk.app;

import com.relaydesk.inbox.SyncEvents;
import static com.relaydesk.testing.Waits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.relaydesk.account.AccountSettings;
import com.relaydesk.account.AccountSetup;
import com.relaydesk.account.ConnectionCheck;
import com.relaydesk.account.DesktopCredentials;
import com.relaydesk.account.MailboxLogin;
import com.relaydesk.account.ServerEndpoint;
import com.relaydesk.inbox.MailboxSession;
import com.relaydesk.inbox.ReplySender;
import com.relaydesk.mail.OutboxStore;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.platform.secrets.SecretStoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mailbox password through the real code paths — Connect a mailbox (test and save), an
 * assistant's unlock, sync, a reply sent — and then every byte under the data folder: the
 * password and the passphrases are nowhere, in any encoding.
 */
class CredentialsOnDiskTest {

    private static final String PASSWORD = "Zq7-Mailbox-Passw0rd-4f1c9e-x"; // ASCII: GreenMail refused LOGIN with "ä"
    private static final String OWNER = "owner's long phrase";
    private static final String ANNA = "anna's own phrase";
    private static final String REFRESH_TOKEN = "1//0gRd-refresh-Tok3n-5b2e9a";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("seller@example.org", "seller", PASSWORD))
            .withPerMethodLifecycle(true);

    @TempDir
    Path root;

    private final Logger relaydeskLog = Logger.getLogger("com.relaydesk");
    private final Logger mailLog = Logger.getLogger("org.eclipse.angus");
    private FileHandler logFile;
    private DataFolder folder;
    private DesktopCredentials credentials;
    private AccountSettings settings;
    private MailboxOpener opener;

    @BeforeEach
    void connectTheMailboxAsTheOwnerAndAddAnAssistant() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1));
        folder = DataFolder.at(root).ensureWritable();
        // Everything RelayDesk and Jakarta Mail log, at every level, goes to the data folder's log.
        logFile = new FileHandler(folder.logs().resolve("relaydesk-0.log").toString());
        logFile.setFormatter(new SimpleFormatter());
        logFile.setLevel(Level.ALL);
        for (Logger l : List.of(relaydeskLog, mailLog)) {
            l.setLevel(Level.ALL);
            l.addHandler(logFile);
        }
        credentials = DesktopCredentials.encryptedFile(root);
        settings = new AccountSettings("seller@example.org", "seller",
                new ServerEndpoint("127.0.0.1", greenMail.getImap().getPort(), Security.PLAIN),
                new ServerEndpoint("127.0.0.1", greenMail.getSmtp().getPort(), Security.PLAIN), List.of(), true);
        AccountSetup setup = new AccountSetup(root, new MailboxLogin(), credentials);
        List<ConnectionCheck.Step> steps = setup.test(settings, PASSWORD.toCharArray());
        assertTrue(steps.stream().allMatch(ConnectionCheck.Step::passed), steps.toString());
        setup.save(settings, PASSWORD.toCharArray(), OWNER.toCharArray());
        credentials.addAssistant(OWNER.toCharArray(), "Anna Berg", ANNA.toCharArray());
        // an OAuth refresh token, saved the way a sign-in saves it (rotated ones by an assistant's run too)
        new com.relaydesk.oauth.SavedSignIn(credentials.unlock(ANNA.toCharArray()), "google", "seller")
                .save(REFRESH_TOKEN);
        opener = new MailboxOpener(folder, Clock.systemUTC(), () -> {
            throw new AssertionError("an account is configured: no demo");
        }, credentials);
    }

    @AfterEach
    void stopLogging() {
        for (Logger l : List.of(relaydeskLog, mailLog)) {
            l.removeHandler(logFile);
            l.setLevel(null);
        }
        logFile.close();
    }

    @Test
    void noPasswordTokenOrPassphraseIsInAnyFileAfterSetupSyncAndSendingAsAnAssistant() throws Exception {
        MailboxSession session = opener.open(ANNA.toCharArray());
        try {
            awaitSync(session);
            MessageSummary buyer = session.queries().page(MailboxView.RESPONSE_NEEDED, null, 10).get(0);
            session.replies().send(new ReplySender.Reply(buyer.id(), buyer.buyerAlias(), "Re: " + buyer.subject(),
                    "It ships today.", List.of(), buyer.orderId(), null));
            waitUntil(() -> session.outbox().get(0).state() == OutboxStore.State.ANSWERED);
            assertEquals(1, delivered(buyer.buyerAlias()), "the reply went out over SMTP");
            assertTrue(session.history(buyer.id()).get(0).contains("Anna Berg replied"),
                    "the assistant acts under her own name: " + session.history(buyer.id()));
            assertNothingSecretUnder(root); // with the cache open: its write-ahead log too
        } finally {
            session.close();
        }
        assertNothingSecretUnder(root);
    }

    @Test
    void theSearchWouldFindThePasswordInAnyOfTheEncodingsItLooksFor(@TempDir Path planted) throws Exception {
        int n = 0;
        for (byte[] form : forms(PASSWORD)) {
            Path file = planted.resolve("f" + n++);
            Files.write(file, concat("junk ".getBytes(StandardCharsets.UTF_8), form));
            assertFalse(secretsIn(file).isEmpty(), new String(form, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void anAssistantLogsInUntilRevokedThenTheirPassphraseOpensNothingWhileTheOwnerStillLogsIn() throws Exception {
        MailboxSession asAnna = opener.open(ANNA.toCharArray());
        try {
            awaitSync(asAnna);
        } finally {
            asAnna.close();
        }

        credentials.revoke(OWNER.toCharArray(), "Anna Berg");

        SecretStoreException refused = assertThrows(SecretStoreException.class, () -> opener.open(ANNA.toCharArray()));
        assertTrue(refused.getMessage().contains("neither the owner's nor an assistant's"), refused.getMessage());
        assertEquals(List.of(), credentials.assistants());
        MailboxSession asOwner = opener.open(OWNER.toCharArray());
        try {
            awaitSync(asOwner);
        } finally {
            asOwner.close();
        }
    }

    @Test
    void theMailboxJustConnectedOpensWithoutAskingForThePassphraseTypedAMomentBefore() throws Exception {
        MailboxOpener app = new MailboxOpener(folder, Clock.systemUTC(), () -> {
            throw new AssertionError("an account is configured: no demo");
        }, credentials);
        assertTrue(app.needsPassphrase(), "a new run asks");
        AccountSetup setup = new AccountSetup(root, new MailboxLogin(), credentials);
        setup.whenUnlocked(app::unlocked);  // as the window wires "Connect a mailbox…" to the opener
        setup.save(settings, PASSWORD.toCharArray(), OWNER.toCharArray());

        assertFalse(app.needsPassphrase(), "the owner typed it in the dialog a moment ago");
        MailboxSession session = app.open(new char[0]);
        try {
            awaitSync(session);
        } finally {
            session.close();
        }
    }

    @Test
    void aWrongPassphraseSaysWhatHappenedAndWhatToDo() {
        SecretStoreException wrong = assertThrows(SecretStoreException.class,
                () -> opener.open("owner's long phrasE".toCharArray()));
        assertTrue(wrong.getMessage().startsWith("The passphrase does not open the saved passwords"), wrong.getMessage());
        assertTrue(wrong.getMessage().contains("Type it again"), wrong.getMessage());
    }

    @Test
    void anAssistantCannotChangeTheSavedPasswordNorWhoHasAccess() {
        AccountSetup setup = new AccountSetup(root, new MailboxLogin(), credentials);
        SecretStoreException change = assertThrows(SecretStoreException.class,
                () -> setup.save(settings, "another".toCharArray(), ANNA.toCharArray()));
        assertTrue(change.getMessage().startsWith("The mailbox password is saved — only the owner can change it"),
                change.getMessage());
        SecretStoreException add = assertThrows(SecretStoreException.class,
                () -> credentials.addAssistant(ANNA.toCharArray(), "Ben", "ben's phrase".toCharArray()));
        assertTrue(add.getMessage().contains("Only the owner's passphrase"), add.getMessage());
    }

    @Test
    void signingThisDesktopOutDeletesTheSavedPasswordAndTheAccountSoItOpensTheDemoUntilConnectedAgain()
            throws Exception {
        assertTrue(credentials.credentialSaved(settings));
        credentials.signOut(OWNER.toCharArray(), settings);

        assertFalse(credentials.credentialSaved(settings));
        assertEquals(java.util.Optional.empty(), opener.configuredAccount());
        assertEquals(List.of("Anna Berg"), credentials.assistants(), "who may unlock stays for the next connect");
    }

    private static int delivered(String alias) throws Exception {
        com.icegreen.greenmail.user.GreenMailUser buyer = greenMail.getUserManager().getUserByEmail(alias);
        return buyer == null ? 0 : greenMail.getManagers().getImapHostManager().getInbox(buyer).getMessageCount();
    }

    private void assertNothingSecretUnder(Path dir) throws IOException {
        logFile.flush();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.contains("secrets.properties") && names.contains("account.properties")
                && names.stream().anyMatch(n -> n.endsWith(".sqlite") || n.endsWith(".db")), names.toString());
        assertTrue(Files.size(folder.logs().resolve("relaydesk-0.log")) > 1000, "the log was written");
        for (Path file : files) {
            assertEquals(List.of(), secretsIn(file), "in " + file);
        }
    }

    private static List<String> secretsIn(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        List<String> found = new ArrayList<>();
        for (String secret : List.of(PASSWORD, OWNER, ANNA, REFRESH_TOKEN)) {
            for (byte[] form : forms(secret)) {
                if (indexOf(content, form) >= 0) {
                    found.add(secret.substring(0, 4) + "… as " + new String(form, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return found;
    }

    /** UTF-8, UTF-16 both ways, and the Base64 that SASL PLAIN and LOGIN would put on the wire. */
    private static List<byte[]> forms(String secret) {
        Base64.Encoder b64 = Base64.getEncoder();
        return List.of(secret.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_16LE),
                secret.getBytes(StandardCharsets.UTF_16BE),
                b64.encode(secret.getBytes(StandardCharsets.UTF_8)),
                b64.encode(("\0seller\0" + secret).getBytes(StandardCharsets.UTF_8)),
                b64.encode(("seller\0seller\0" + secret).getBytes(StandardCharsets.UTF_8)));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void awaitSync(MailboxSession session) throws InterruptedException {
        SyncEvents events = new SyncEvents();
        session.addListener(events);
        session.syncNow();
        assertEquals("synced", events.next(30));
    }
}
