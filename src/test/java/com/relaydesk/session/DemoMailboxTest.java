package com.relaydesk.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.inbox.ReplySender;
import com.relaydesk.inbox.SyncEvents;
import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.FolderSyncResult;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailSync;
import com.relaydesk.mail.OutboxStore;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.relay.Buyer;
import com.relaydesk.relay.MailItem;
import com.relaydesk.relay.RelayConfig;
import com.relaydesk.relay.RelayWorld;
import com.relaydesk.relay.RunningRelay;
import com.relaydesk.relay.Seller;
import com.relaydesk.relay.demo.DemoRelay;
import com.relaydesk.relay.demo.DemoSnapshotFile;
import com.relaydesk.relay.demo.DemoWorld;
import com.relaydesk.relay.demo.SavedDemo;
import com.relaydesk.rules.Aliases;
import com.relaydesk.store.AccountCache;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demo mode opens the embedded relay's seller mailbox exactly like a real one: sync, cache, queries. */
class DemoMailboxTest {

    @TempDir
    Path dataDir;

    @Test
    void theDemoSessionSyncsTheRelaysInboxIntoACacheInTheDataFolderAndStopsTheRelayOnClose() throws Exception {
        Buyer anna = new Buyer("anna", "Anna Berg", Aliases.generate("anna", "s1"), "en", false, false);
        Seller seller = new Seller("s1", "Walnut Lamps", "seller@walnut.example", "demo", List.of());
        RelayWorld world = new RelayWorld(seller, List.of(anna), List.of(),
                List.of(new MailItem(seller.address(), MailItem.INBOX, question(anna, seller), false)));
        SyncEvents events = new SyncEvents();
        int imapPort;
        try (SyncedMailboxSession session = DemoMailbox.open(DataFolder.at(dataDir), RelayConfig.of(world),
                Clock.systemUTC())) {
            session.addListener(events);
            session.start();
            assertEquals("synced", events.next(30));
            List<MessageSummary> rows = session.queries().page(MailboxView.RESPONSE_NEEDED, null, 10);
            assertEquals(1, rows.size());
            assertEquals(anna.alias(), rows.get(0).buyerAlias());
            assertTrue(session.accountLabel().startsWith("Offline demo"), session.accountLabel());
            imapPort = Integer.parseInt(session.accountLabel().replaceAll(".*127\\.0\\.0\\.1:(\\d+).*", "$1"));
            assertTrue(Files.list(dataDir.resolve("accounts")).anyMatch(p -> p.toString().endsWith(".sqlite")));
        }
        try (java.net.Socket probe = new java.net.Socket()) {
            probe.connect(new java.net.InetSocketAddress("127.0.0.1", imapPort), 1000);
            throw new AssertionError("the relay still listens after the session closed");
        } catch (java.io.IOException expected) {
            // closed, as it should be
        }
    }

    /** The first sync of a session on the data folder's kept demo; returns once it is done. */
    private static SyncedMailboxSession openKept(DataFolder folder, SavedDemo demo) throws InterruptedException {
        SyncedMailboxSession session = DemoMailbox.open(folder, demo, Clock.systemUTC());
        SyncEvents events = new SyncEvents();
        session.addListener(events);
        session.start();
        assertEquals("synced", events.next(60));
        return session;
    }

    private static java.util.Set<String> shown(SyncedMailboxSession session, MailboxView view) {
        return session.queries().page(view, null, 1000).stream()
                .map(m -> m.subject() + " · " + m.buyerName()).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aMarkAndASentReplyStayAcrossARestartOfTheAppUntilTheDemoStartsOver() throws Exception {
        DataFolder folder = DataFolder.at(dataDir);
        // saved when the session closes only: what a restart brings back is what closing saved
        SavedDemo demo = new SavedDemo(new DemoSnapshotFile(DemoMailbox.snapshotFile(folder)), DemoRelay.DEFAULT_SEED, 0,
                Clock.systemUTC(), Duration.ofHours(1));
        String marked;
        String answeredKey;
        String reply;
        java.util.Set<String> inboxBefore;
        try (SyncedMailboxSession session = openKept(folder, demo)) {
            List<MessageSummary> buyers = session.queries().page(MailboxView.RESPONSE_NEEDED, null, 50).stream()
                    .filter(m -> m.buyerAlias() != null).toList();
            MessageSummary first = buyers.get(0);
            MessageSummary answered = buyers.get(1);
            marked = first.subject() + " · " + first.buyerName();
            answeredKey = answered.subject() + " · " + answered.buyerName();
            session.triage().markNoResponseNeeded(first.id(), true);
            reply = "Re: " + answered.subject();
            session.replies().send(new ReplySender.Reply(answered.id(), answered.buyerAlias(), reply,
                    "Your order leaves our workshop today.", List.of(), answered.orderId(), null));
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (session.outbox().get(0).state() != OutboxStore.State.ANSWERED && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(OutboxStore.State.ANSWERED, session.outbox().get(0).state());
            inboxBefore = shown(session, MailboxView.ALL);
        }
        assertTrue(Files.exists(DemoMailbox.snapshotFile(folder)), "closing kept the demo in the data folder");

        try (SyncedMailboxSession again = openKept(folder, demo)) {
            assertTrue(shown(again, MailboxView.NO_RESPONSE_NEEDED).contains(marked), "the mark is back");
            assertTrue(shown(again, MailboxView.SENT).stream().anyMatch(s -> s.startsWith(reply + " · ")),
                    "the reply is in Sent: " + shown(again, MailboxView.SENT));
            // the reply's copy in Sent may not have been synced before the close: it is checked above
            java.util.Set<String> after = shown(again, MailboxView.ALL);
            after.removeIf(s -> s.startsWith(reply + " · "));
            inboxBefore.removeIf(s -> s.startsWith(reply + " · "));
            assertEquals(inboxBefore, after, () -> "the same messages, none new, none gone; gone: "
                    + inboxBefore.stream().filter(m -> !after.contains(m)).toList() + ", new: "
                    + after.stream().filter(m -> !inboxBefore.contains(m)).toList());
            assertTrue(again.accountLabel().startsWith("Offline demo · relay on"), again.accountLabel());
        }

        DemoMailbox.startOver(folder, demo); // what "Start the demo over" does between closing the demo and opening it
        try (SyncedMailboxSession fresh = openKept(folder, demo)) {
            assertFalse(shown(fresh, MailboxView.NO_RESPONSE_NEEDED).contains(marked), "a fresh shop");
            assertTrue(shown(fresh, MailboxView.SENT).stream().noneMatch(s -> s.startsWith(reply + " · ")));
            // the fresh world has the same Message-IDs: the old reply must not answer the new message
            assertTrue(shown(fresh, MailboxView.RESPONSE_NEEDED).contains(answeredKey),
                    "the message answered in the old shop needs a response in the new one");
            assertEquals(List.of(), fresh.outbox(), "the old shop's replies are gone");
        }
    }

    /** One sync of INBOX and Sent into the cache, as the app's session runs it. */
    private static List<FolderSyncResult> sync(RunningRelay relay, AccountCache cache) {
        try (ImapBackend backend = new ImapBackend(MailAccount.of(relay.host(), relay.imapPort(), relay.sellerAddress(),
                relay.sellerPassword(), Security.PLAIN))) {
            backend.connect();
            return new MailSync(cache.sync()).syncAll(backend, SyncListener.NONE, new CancellationToken());
        }
    }

    @Test
    void aResumedDemoIsTheSameMailboxToTheCacheSoItsSyncReloadsNothing() throws Exception {
        SavedDemo demo = new SavedDemo(new DemoSnapshotFile(dataDir.resolve("relay.snapshot")), DemoRelay.DEFAULT_SEED,
                0, Clock.systemUTC(), Duration.ofHours(1));
        try (AccountCache cache = AccountCache.open(dataDir.resolve("demo.sqlite"), DemoWorld.SELLER_ADDRESS)) {
            RunningRelay first = demo.start().relay();
            long[] inbox;
            long[] sent;
            try {
                List<FolderSyncResult> firstSync = sync(first, cache);
                assertTrue(firstSync.get(0).added() > 100, firstSync.toString());
                inbox = cache.sync().cachedUids(MailSync.INBOX);
                sent = cache.sync().cachedUids(firstSync.get(1).folder());
            } finally {
                first.close(); // saves
            }
            Thread.sleep(1100); // GreenMail's UIDVALIDITY is the second a folder was made: a new one would differ

            RunningRelay resumed = demo.start().relay();
            try {
                for (FolderSyncResult result : sync(resumed, cache)) {
                    assertFalse(result.reset(), () -> result.folder() + " was rebuilt: " + result);
                    assertEquals(0, result.added(), () -> result.folder() + " downloaded again: " + result);
                    assertEquals(0, result.removed(), () -> result.folder() + ": " + result);
                }
                assertArrayEquals(inbox, cache.sync().cachedUids(MailSync.INBOX));
                assertArrayEquals(sent, cache.sync().cachedUids("Sent"));
            } finally {
                resumed.close();
            }
        }
    }

    private static MimeMessage question(Buyer buyer, Seller seller) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(buyer.alias(), buyer.name()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(seller.address()));
        message.setSubject("Where is my lamp? (Order: 111-0000001-0000001)");
        message.setSentDate(Date.from(Instant.now().minusSeconds(3600)));
        message.setText("It has not arrived yet.");
        message.saveChanges();
        return message;
    }
}
