package com.relaydesk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.lint.Linter;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.OutboxStore;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.mail.imap.SyncTuning;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import com.relaydesk.store.AccountCache;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox in a child JVM killed (SIGKILL) after the SMTP server accepted a reply and before the
 * outbox saved that, after it was saved and before the reply was filed in Sent, or after it was
 * filed and before the outbox wrote that down; then a second child goes on. The buyer must have
 * received the reply exactly once, and Sent hold it once.
 * (GreenMail files nothing in Sent by itself, so only the outbox's own records prevent a resend.)
 */
class KillBetweenSubmitAndAppendTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    private static final String SELLER = "seller@example.org";
    private static final String BUYER = "buyer0000001@marketplace.amazon.com";
    private static final String REPLY_ID = "<kill-test-1@example.org>";
    private static final String MARK = "KILL-POINT-REACHED";
    private static final byte[] RAW_REPLY = TestMessages.raw("From: seller@example.org\r\nTo: " + BUYER
            + "\r\nSubject: Re: Where is my parcel?\r\nDate: Mon, 30 Nov 2026 09:00:00 +0000\r\nMessage-ID: " + REPLY_ID
            + "\r\nIn-Reply-To: <buyer-1@relay.test>\r\n\r\nIt ships today.\r\n");

    /**
     * The child: drains the outbox once. {@code args[3]} names where it stops and waits to be
     * killed: "after-send" (the SMTP server took the reply; the outbox has not saved that yet),
     * "before-append" (the reply was submitted and that was saved; APPEND not started),
     * "after-append" (APPEND done, the outbox not yet told), or "none" (run to the end).
     */
    public static void main(String[] args) throws Exception {
        MailAccount imap = MailAccount.of("127.0.0.1", Integer.parseInt(args[0]), "seller", "secret", Security.PLAIN);
        MailAccount smtp = imap.withEndpoint("127.0.0.1", Integer.parseInt(args[1]), Security.PLAIN);
        String killAt = args[3];
        try (AccountCache cache = AccountCache.open(Path.of(args[2]), SELLER);
                ImapBackend real = new ImapBackend(imap, smtp, new FetchedMessageFactory(), SyncTuning.defaults())) {
            real.connect();
            MailBackend backend = (MailBackend) Proxy.newProxyInstance(MailBackend.class.getClassLoader(),
                    new Class<?>[] {MailBackend.class}, (proxy, method, a) -> {
                        boolean append = method.getName().equals("append");
                        boolean send = method.getName().equals("send");
                        if (append && killAt.equals("before-append")) {
                            waitToBeKilled();
                        }
                        Object result;
                        try {
                            result = method.invoke(real, a);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (append && killAt.equals("after-append") || send && killAt.equals("after-send")) {
                            waitToBeKilled();
                        }
                        return result;
                    });
            new OutboxSender(cache.outbox(), Linter.standard(), SELLER,
                    new SendRaceGuard(cache.outbox(), (buyer, keyword) -> java.time.Instant.now(), () -> "KT")).drain(backend);
        }
    }

    private static void waitToBeKilled() throws InterruptedException {
        System.out.println(MARK);
        System.out.flush();
        Thread.sleep(120_000);
        System.exit(3);  // never killed: the parent fails on the exit code
    }

    @Test
    void killedAfterTheServerTookTheReplyBeforeTheOutboxSavedItTheReplyIsHeldNotSentTwice(@TempDir Path dir)
            throws Exception {
        Path cache = queueReply(dir);

        killAt(cache, "after-send");
        assertEquals(1, deliveredToBuyer(), "the SMTP server took the reply before the kill");
        assertEquals(OutboxStore.State.CHECKED, state(cache), "the kill came before the outbox saved the server's answer");

        finish(cache);
        assertEquals(1, deliveredToBuyer(), "not submitted a second time after the restart: it may have gone");
        assertEquals(OutboxStore.State.HELD, state(cache), "held for the seller to decide, not lost");

        // a server that files sent mail itself does so a little later: the next run finishes the reply without asking
        GreenMailFolders.append(greenMail, "Sent", RAW_REPLY);
        finish(cache);
        assertEquals(1, deliveredToBuyer());
        assertEquals(1, inSent(), "found in Sent by Message-ID, not appended again");
        assertEquals(OutboxStore.State.ANSWERED, state(cache));
    }

    @Test
    void killedAfterSubmissionBeforeAppendTheReplyIsNeitherLostNorSentTwice(@TempDir Path dir) throws Exception {
        Path cache = queueReply(dir);

        killAt(cache, "before-append");
        assertEquals(1, deliveredToBuyer(), "the SMTP server took the reply before the kill");
        assertEquals(0, inSent(), "not filed yet");
        assertEquals(OutboxStore.State.SUBMITTED, state(cache), "the outbox knows it was submitted");

        finish(cache);
        assertEquals(1, deliveredToBuyer(), "not submitted a second time after the restart");
        assertEquals(1, inSent(), "filed in Sent once");
        assertEquals(OutboxStore.State.ANSWERED, state(cache));
    }

    @Test
    void killedAfterAppendBeforeTheOutboxSavedItSentHoldsTheReplyOnce(@TempDir Path dir) throws Exception {
        Path cache = queueReply(dir);

        killAt(cache, "after-append");
        assertEquals(1, inSent());
        assertEquals(OutboxStore.State.SUBMITTED, state(cache), "the kill came before the outbox saved the APPEND");

        finish(cache);
        assertEquals(1, deliveredToBuyer());
        assertEquals(1, inSent(), "found in Sent by Message-ID, not appended again");
        assertEquals(OutboxStore.State.ANSWERED, state(cache));
    }

    private static Path queueReply(Path dir) throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1));
        Path file = dir.resolve("cache.sqlite");
        try (AccountCache cache = AccountCache.open(file, SELLER)) {
            cache.outbox().enqueue(new OutboxStore.NewReply(REPLY_ID, BUYER, "Re: Where is my parcel?", "It ships today.",
                    null, "<buyer-1@relay.test>", List.of(), null, RAW_REPLY));
        }
        return file;
    }

    private static void killAt(Path cache, String point) throws Exception {
        Process child = start(cache, point);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean reached = false;
            while (!reached && (line = out.readLine()) != null) {
                reached = line.contains(MARK);
            }
            assertTrue(reached, "the child reached " + point);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
    }

    private static void finish(Path cache) throws Exception {
        Process child = start(cache, "none");
        child.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), "the restarted outbox runs to the end");
    }

    private static Process start(Path cache, String killAt) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                KillBetweenSubmitAndAppendTest.class.getName(), Integer.toString(greenMail.getImap().getPort()),
                Integer.toString(greenMail.getSmtp().getPort()), cache.toString(), killAt)
                .redirectErrorStream(true).start();
    }

    private static OutboxStore.State state(Path file) {
        try (AccountCache cache = AccountCache.open(file, SELLER)) {
            return cache.outbox().find(REPLY_ID).orElseThrow().state();
        }
    }

    private static int deliveredToBuyer() throws Exception {
        com.icegreen.greenmail.user.GreenMailUser user = greenMail.getUserManager().getUserByEmail(BUYER);
        return user == null ? 0 : greenMail.getManagers().getImapHostManager().getInbox(user).getMessageCount();
    }

    private static int inSent() throws Exception {
        try (ImapBackend backend = new ImapBackend(MailAccount.of("127.0.0.1", greenMail.getImap().getPort(), "seller",
                "secret", Security.PLAIN))) {
            backend.connect();
            return backend.findByMessageId("Sent", REPLY_ID).length;
        }
    }
}
