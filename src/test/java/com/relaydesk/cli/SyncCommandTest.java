package com.relaydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code relaydesk sync} end to end: GreenMail on loopback into a real SQLite cache. */
class SyncCommandTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TestCommandLine.run(out, err, args);
    }

    private String[] syncArgs(String... extra) {
        String[] base = {"--data-dir", dataDir.toString(), "sync", "--host", "127.0.0.1",
            "--port", Integer.toString(greenMail.getImap().getPort()), "--user", "seller", "--password-env", "RD_TEST_PASSWORD", "--plain"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void syncFillsTheCacheAndVerifyCountsTheSameMessagesAsTheServer() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        for (int i = 0; i < 7; i++) {
            GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(i));
        }
        GreenMailFolders.append(greenMail, "Sent", TestMessages.sellerReply(1));

        assertEquals(0, run(syncArgs()), err::toString);
        assertTrue(out.toString().contains("Synced 8 new messages"), out::toString);

        assertEquals(0, run(syncArgs("--verify")), err::toString);
        assertTrue(out.toString().contains("messages=8 server=8"), out::toString);
    }

    @Test
    void verifyComparesTheFlagsTooAndTheNextSyncBringsThemInLine() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        for (int i = 0; i < 3; i++) {
            GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(i));
        }
        assertEquals(0, run(syncArgs()), err::toString);

        // Another client marks a message on the server: the cache has not seen it yet.
        jakarta.mail.Store store = jakarta.mail.Session.getInstance(new java.util.Properties()).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), "seller", "secret");
        jakarta.mail.Folder inbox = store.getFolder("INBOX");
        inbox.open(jakarta.mail.Folder.READ_WRITE);
        inbox.getMessage(2).setFlags(new jakarta.mail.Flags("$NoResponseNeeded"), true);
        inbox.close(false);
        store.close();

        assertEquals(3, run(syncArgs("--verify")), out::toString);
        assertTrue(out.toString().contains("messages=3 server=3 flags_differ=1 uids_differ=0"), out::toString);
        assertTrue(out.toString().contains("server [$noresponseneeded"), out::toString);

        assertEquals(0, run(syncArgs()), err::toString);
        assertEquals(0, run(syncArgs("--verify")), out::toString);
        assertTrue(out.toString().endsWith("messages=3 server=3 flags_differ=0 uids_differ=0" + System.lineSeparator()),
                out::toString);
    }

    @Test
    void aMissingPasswordVariableIsExplainedInOneSentence() {
        String[] args = syncArgs();
        args[args.length - 2] = "RD_TEST_NO_SUCH_VARIABLE";
        assertEquals(1, run(args));
        assertTrue(err.toString().contains("RD_TEST_NO_SUCH_VARIABLE is not set"), err::toString);
    }

    @Test
    void plainTextToAnotherMachineIsRefusedBeforeConnecting() {
        String[] args = syncArgs();
        args[4] = "mail.example.org";
        assertEquals(1, run(args));
        assertTrue(err.toString().contains("without encryption"), err::toString);
    }

    @Test
    void aServerThatCannotBeReachedIsNotPromisedAnotherTryTheCommandWillNotMake() throws Exception {
        String[] args = syncArgs();
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
            args[6] = Integer.toString(closed.getLocalPort());
        }  // nothing listens there any more

        assertEquals(1, run(args));

        assertTrue(err.toString().contains("could not connect to 127.0.0.1:" + args[6]), err::toString);
        assertTrue(err.toString().contains("Check the host and port, and that the server is running."), err::toString);
        assertFalse(err.toString().contains("try again"), err::toString);
    }

    @Test
    void aWrongPasswordSaysWhatToCheck() {
        greenMail.getUserManager().getUser("seller").setPassword("other");
        assertEquals(1, run(syncArgs()));
        assertTrue(err.toString().contains("refused the user name or password"), err::toString);
    }

    @Test
    void benchSyncAgainstTheEmbeddedServerPrintsEveryFigure() {
        assertEquals(0, run("bench", "sync", "--embedded", "--messages", "30", "--repeat", "3"), err::toString);
        for (String figure : new String[] {"initial:     30 messages", "msgs/s", "MB/s", "no-change:", "+100 new:", "peak heap:"}) {
            assertTrue(out.toString().contains(figure), () -> figure + " missing from:\n" + out);
        }
    }
}
