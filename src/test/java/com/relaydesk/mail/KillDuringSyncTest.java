package com.relaydesk.mail;

import static com.relaydesk.mail.OlderMail.ONE_FETCH;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.mail.imap.SyncTuning;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import com.relaydesk.store.AccountCache;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync in a child JVM killed (SIGKILL) at random moments, 20 times, with mail arriving in
 * between; then one sync to the end. The SQLite cache must equal the server: same UIDs, each once.
 * Twice: as {@code relaydesk sync} does it (oldest first), and as the app starts a mailbox just
 * connected (each folder's newest messages first, then the rest).
 */
class KillDuringSyncTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("seller@example.org", "seller", "secret"))
            .withPerMethodLifecycle(true);

    private static final String ADDRESS = "seller@example.org";

    /**
     * The child: one sync of INBOX and Sent into the cache file, in small batches so kills land
     * mid-way; with "newest", the folders never synced start with their newest 50 and the older mail
     * follows a FETCH at a time, new mail first in each part, as in the app.
     */
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        try (AccountCache cache = AccountCache.open(Path.of(args[1]), ADDRESS);
                ImapBackend backend = new ImapBackend(MailAccount.of("127.0.0.1", port, "seller", "secret", Security.PLAIN),
                        null, new FetchedMessageFactory(), new SyncTuning(20, 1 << 20, 10, 1 << 20, 50))) {
            backend.connect();
            if (args[2].equals("newest")) {
                for (String folder : new String[] {"INBOX", "Sent"}) {
                    if (cache.sync().loadState(folder).uidValidity() == 0) {
                        backend.syncNewest(folder, 50, cache.sync(), SyncListener.NONE, new CancellationToken());
                    }
                }
                while (cache.sync().newestWindowFrom("INBOX") != 0 || cache.sync().newestWindowFrom("Sent") != 0) {
                    for (String folder : new String[] {"INBOX", "Sent"}) {
                        backend.syncFolder(folder, cache.sync(), SyncListener.NONE, new CancellationToken(),
                                ONE_FETCH);
                    }
                }
            }
            new MailSync(cache.sync()).syncAll(backend, SyncListener.NONE, new CancellationToken());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"oldest", "newest"})
    void killingTheSyncingProcessTwentyTimesLeavesACacheEqualToTheServer(String order, @TempDir Path dir)
            throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        int next = 0;
        for (; next < 300; next++) {
            GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(next));
        }
        for (int i = 0; i < 60; i++) {
            GreenMailFolders.append(greenMail, "Sent", TestMessages.sellerReply(i));
        }
        Path file = dir.resolve("cache.sqlite");
        Random random = new Random(42);  // fixed: a failure can be replayed
        int port = greenMail.getImap().getPort();

        for (int kill = 0; kill < 20; kill++) {
            Process child = startChild(port, file, order);
            // JVM start-up is ~0.5-1 s here: kills land before, during and after the sync.
            if (!child.waitFor(200 + random.nextInt(1800), TimeUnit.MILLISECONDS)) {
                child.destroyForcibly().waitFor();
            }
            if (kill % 5 == 4) {
                for (int i = 0; i < 15; i++, next++) {
                    GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(next));
                }
            }
        }
        Process last = startChild(port, file, order);
        assertEquals(0, last.waitFor(), "a final sync runs to the end");

        try (AccountCache cache = AccountCache.open(file, ADDRESS);
                ServerHand server = new ServerHand("127.0.0.1", port, "seller", "secret")) {
            for (String folder : new String[] {"INBOX", "Sent"}) {
                long[] cached = cache.sync().cachedUids(folder);
                long[] onServer = server.uids(folder);
                Arrays.sort(onServer);
                assertArrayEquals(onServer, cached, folder + ": cache equals server, each UID once");
            }
            assertEquals(next, cache.sync().cachedUids("INBOX").length);
        }
    }

    private static Process startChild(int port, Path file, String order) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                KillDuringSyncTest.class.getName(), Integer.toString(port), file.toString(), order)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
