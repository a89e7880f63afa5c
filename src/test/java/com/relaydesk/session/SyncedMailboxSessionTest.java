package com.relaydesk.session;

import com.relaydesk.mail.imap.GreenMailSeller;
import static com.relaydesk.testing.Waits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.inbox.SessionListener;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.store.AccountCache;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The app's mailbox session against a real IMAP server and a real SQLite cache. */
class SyncedMailboxSessionTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataDir;

    private SessionUnderTest app;

    @BeforeEach
    void startSession() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1), TestMessages.buyerMessage(2));
        app = SessionUnderTest.open(dataDir, () -> GreenMailSeller.backend(greenMail)).start();
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theFirstSyncFillsResponseNeededWithTheBuyersMessages() {
        List<MessageSummary> rows = app.responseNeeded();
        assertEquals(2, rows.size());
        assertEquals(2, app.session.queries().counts().get(MailboxView.RESPONSE_NEEDED));
    }

    @Test
    void e2NoResponseNeededIsAKeywordOnTheServerAndTheMessageLeavesResponseNeeded() throws Exception {
        MessageSummary first = app.responseNeeded().get(0);
        app.session.triage().markNoResponseNeeded(first.id(), true);

        assertEquals(1, app.responseNeeded().size());
        assertEquals(1, serverMessagesWithKeyword("$NoResponseNeeded"), "another desktop sees it on its next sync");
    }

    @Test
    void anOldBacklogIsMarkedNoResponseNeededInOneGoOnTheServerAndTakenBackInOneGo() throws Exception {
        assertEquals(List.of(), app.session.queries().responseNeededBefore(java.time.Instant.parse("2000-01-01T00:00:00Z")));
        List<Long> backlog = app.session.queries().responseNeededBefore(java.time.Instant.now().plusSeconds(3600));
        assertEquals(2, backlog.size());

        app.session.triage().markNoResponseNeeded(backlog, true);
        assertEquals(0, app.session.queries().counts().get(MailboxView.RESPONSE_NEEDED));
        assertEquals(2, serverMessagesWithKeyword("$NoResponseNeeded"), "every desktop sees the backlog cleared");
        assertEquals(2, app.cache.audit().latest(10).stream().filter(e -> e.action().equals("noresponseneeded")).count());

        app.session.triage().markNoResponseNeeded(backlog, false);
        assertEquals(2, app.session.queries().counts().get(MailboxView.RESPONSE_NEEDED));
        assertEquals(0, serverMessagesWithKeyword("$NoResponseNeeded"));
    }

    @Test
    void templateSavesAndDeletesAreAuditedUnderTheProfileAtWorkNotAsTheSeller() {
        app.session.actingAs("Anna Berg");
        app.session.templates().save(new com.relaydesk.templates.Template("thanks", "Thanks", "en",
                com.relaydesk.lint.MessageKind.REPLY, null, "", "Thank you for your order."));
        app.session.actingAs("Ben Cole");
        app.session.templates().delete("thanks");

        assertEquals(List.of("Ben Cole template deleted", "Anna Berg template saved"),
                app.cache.audit().latest(10).stream().filter(e -> e.action().startsWith("template"))
                        .map(e -> e.actor() + " " + e.action()).toList());
    }

    @Test
    void newMailOnTheServerReachesTheCacheOnTheNextSync() throws Exception {
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(3));
        app.session.syncNow();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        // a sync already running (the one IDLE asks for on connect) may finish first: wait for the next
        while (app.responseNeeded().size() < 3 && System.nanoTime() < deadline) {
            app.events.next(1);
            app.session.syncNow();
        }
        assertEquals(3, app.responseNeeded().size());
    }

    @Test
    void aServerThatGoesAwaySaysSoInsteadOfFailingSilently() throws Exception {
        app.events.clear();
        greenMail.stop();
        app.session.syncNow();
        String event = app.events.next(60);
        assertTrue(event != null && event.startsWith("failed: "), String.valueOf(event));
    }

    @Test
    void aReplyGoesOutOnceIsFiledInSentAndFlagsTheOriginalAnswered() throws Exception {
        MessageSummary question = app.responseNeeded().get(0);
        app.session.replies().send(new com.relaydesk.inbox.ReplySender.Reply(question.id(), question.buyerAlias(),
                "Re: " + question.subject(), "It ships today.", List.of(), question.orderId(), null));
        waitUntil(() -> !cacheOutbox().all().isEmpty()
                && cacheOutbox().all().get(0).state() == com.relaydesk.mail.OutboxStore.State.ANSWERED);
        app.session.syncNow();
        waitUntil(() -> app.session.queries().page(MailboxView.SENT, null, 50).size() == 1);

        assertEquals(1, app.responseNeeded().size());
        assertEquals(1, deliveredToBuyers(), "submitted over SMTP exactly once");
        assertEquals(1, serverMessagesWithKeyword("\\Answered"));
        assertEquals(1, app.session.queries().page(MailboxView.SENT, null, 50).size());
        assertEquals(com.relaydesk.mail.OutboxStore.State.ANSWERED,
                cacheOutbox().all().get(0).state());

        // the reply's history: who wrote it, then what RelayDesk did with it, in words
        MessageSummary reply = app.session.queries().page(MailboxView.SENT, null, 50).get(0);
        List<String> history = app.session.history(reply.id());
        assertTrue(history.stream().anyMatch(line -> line.endsWith(" wrote it")
                && !line.contains("RelayDesk")), history.toString());
        assertTrue(history.stream().anyMatch(line -> line.endsWith("RelayDesk sent it to the relay")), history.toString());
        assertTrue(history.stream().noneMatch(line -> line.contains("relaydesk outbox")), history.toString());

        // the outbox names the buyer it went to, through the session's own queries
        String to = cacheOutbox().all().get(0).to();
        assertEquals(java.util.Map.of(to.toLowerCase(java.util.Locale.ROOT), question.buyerName()),
                app.session.queries().buyerNames(List.of(to)));
    }

    /**
     * Reading mail does not depend on sending it: with the SMTP server out of reach (or its password
     * changed), replies wait in the outbox and say why, while the mailbox keeps syncing — here a reply
     * a teammate filed in Sent still reaches the Sent view.
     */
    @Test
    void anSmtpServerOutOfReachHoldsRepliesButNotTheMailboxSync() throws Exception {
        MessageSummary question = app.responseNeeded().get(0);
        app.close();
        int nowhere;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            nowhere = free.getLocalPort();
        }
        int smtp = nowhere;
        app = SessionUnderTest.open(dataDir, () -> GreenMailSeller.backend(greenMail.getImap().getPort(), smtp)).start();

        app.session.replies().send(new com.relaydesk.inbox.ReplySender.Reply(question.id(), question.buyerAlias(),
                "Re: " + question.subject(), "It ships today.", List.of(), question.orderId(), null));
        GreenMailFolders.append(greenMail, "Sent", TestMessages.sellerReply(2));
        app.session.syncNow();

        String said = app.events.next(60);
        while (said != null && !said.startsWith("not sent: ")) {
            said = app.events.next(60);
        }
        assertTrue(said != null && said.contains("could not connect") && said.contains("outbox"), String.valueOf(said));
        waitUntil(() -> app.session.queries().page(MailboxView.SENT, null, 50).size() == 1);
        assertEquals(1, cacheOutbox().pending().size(), "the reply waits");
        assertEquals(0, deliveredToBuyers());
    }

    /**
     * A sync round can hold the connection for seconds (a part of a first sync's older mail): opening
     * a reply claims the message without waiting for it, and the claim reaches the server after it.
     */
    @Test
    void openingAReplyWhileASyncRunsDoesNotWaitForTheSync() throws Exception {
        MessageSummary question = app.responseNeeded().get(0);
        CountDownLatch syncHeld = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        AtomicBoolean holding = new AtomicBoolean();
        AtomicBoolean armed = new AtomicBoolean(true);
        app.session.addListener(new com.relaydesk.inbox.SessionListener() {
            @Override
            public void syncProgress(String folder, long done, long total) {
                if (armed.getAndSet(false)) {  // the sync's own thread, in the middle of a round
                    holding.set(true);
                    syncHeld.countDown();
                    try {
                        letGo.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    holding.set(false);
                }
            }
        });
        app.session.syncNow();
        assertTrue(syncHeld.await(30, TimeUnit.SECONDS), "a sync is running");

        app.session.claim(question.id());
        boolean returnedDuringTheSync = holding.get();
        letGo.countDown();

        assertTrue(returnedDuringTheSync, "the reply editor would have waited for the sync");
        waitUntil(() -> {
            try {
                return serverMessagesWithKeywordStarting("$RDClaim_") == 1;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aReplyAlreadyInSentAfterACrashIsNotSubmittedAgain() throws Exception {
        MessageSummary question = app.responseNeeded().get(0);
        // What a crash between SMTP submission and the outbox's next write leaves: the reply is
        // in the outbox as not yet submitted, but the server already filed it in Sent.
        String id = "<crashed-1@example.org>";
        byte[] raw = ("From: seller@example.org\r\nTo: " + question.buyerAlias() + "\r\nSubject: Re: x\r\n"
                + "Message-ID: " + id + "\r\nIn-Reply-To: <buyer-1@relay.test>\r\n\r\nIt ships today.\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        GreenMailFolders.append(greenMail, "Sent", raw);
        cacheOutbox().enqueue(new com.relaydesk.mail.OutboxStore.NewReply(id, question.buyerAlias(), "Re: x",
                "It ships today.", null, "<buyer-1@relay.test>", List.of(), null, raw));

        app.session.syncNow();
        waitUntil(() -> cacheOutbox().find(id).orElseThrow().state() == com.relaydesk.mail.OutboxStore.State.ANSWERED);
        assertEquals(0, deliveredToBuyers(), "never submitted a second time");
    }

    @Test
    void aReplyThatBreaksAPolicyIsHeldInTheOutboxWithTheRuleAndNeverSubmitted() throws Exception {
        MessageSummary question = app.responseNeeded().get(0);
        app.session.replies().send(new com.relaydesk.inbox.ReplySender.Reply(question.id(), question.buyerAlias(),
                "Re: parcel", "Please leave us a 5 star review!", List.of(), null, null));
        waitUntil(() -> cacheOutbox().all().get(0).state() == com.relaydesk.mail.OutboxStore.State.FAILED);
        assertTrue(cacheOutbox().all().get(0).lastError().contains("C3"), cacheOutbox().all().get(0).lastError());
        assertEquals(0, deliveredToBuyers());
    }

    /** Messages SMTP delivered into buyers' mailboxes (GreenMail creates a mailbox per recipient). */
    private static int deliveredToBuyers() throws Exception {
        int count = 0;
        for (com.icegreen.greenmail.user.GreenMailUser user : greenMail.getUserManager().listUser()) {
            if (user.getEmail().endsWith("@marketplace.amazon.com")) {
                count += greenMail.getManagers().getImapHostManager().getInbox(user).getMessageCount();
            }
        }
        return count;
    }

    private com.relaydesk.store.OutboxOperations cacheOutbox() {
        return app.cache.outbox();
    }

    @Test
    void aRefusedPasswordIsSaidOnceWithoutRetryingForeverSinceProvidersLockOutRepeatedFailedLogins() throws Exception {
        AccountCache other = AccountCache.open(dataDir.resolve("wrong.sqlite"), "seller@example.org");
        MailAccount wrong = MailAccount.of("127.0.0.1", greenMail.getImap().getPort(), "seller", "not-the-password",
                Security.PLAIN);
        BlockingQueue<String> failures = new LinkedBlockingQueue<>();
        try (SyncedMailboxSession refused = new SyncedMailboxSession("test", "seller@example.org", other,
                () -> new ImapBackend(wrong), Clock.systemUTC())) {
            refused.addListener(new SessionListener() {
                @Override
                public void failed(String message) {
                    failures.add(message);
                }
            });
            refused.start();
            List<String> said = new java.util.ArrayList<>();
            String first = failures.poll(30, TimeUnit.SECONDS);
            assertTrue(first != null && first.contains("refused the user name or password"), String.valueOf(first));
            said.add(first);
            // sync and push each say it once; a retrying watcher would keep adding "Retrying in 2 s."
            for (String next = failures.poll(4, TimeUnit.SECONDS); next != null; next = failures.poll(4, TimeUnit.SECONDS)) {
                said.add(next);
            }
            assertTrue(said.size() <= 2 && said.stream().noneMatch(m -> m.contains("Retrying")), said.toString());
        }
    }

    private int serverMessagesWithKeyword(String keyword) throws Exception {
        return serverMessagesWith(flags -> keyword.equals("\\Answered") ? flags.contains(Flags.Flag.ANSWERED)
                : flags.contains(keyword));
    }

    private int serverMessagesWithKeywordStarting(String prefix) throws Exception {
        return serverMessagesWith(flags -> java.util.Arrays.stream(flags.getUserFlags()).anyMatch(k -> k.startsWith(prefix)));
    }

    private int serverMessagesWith(java.util.function.Predicate<Flags> test) throws Exception {
        Properties p = new Properties();
        Store store = Session.getInstance(p).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), "seller", "secret");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int count = 0;
            for (Message m : inbox.getMessages()) {
                if (test.test(m.getFlags())) {
                    count++;
                }
            }
            return count;
        } finally {
            store.close();
        }
    }
}
