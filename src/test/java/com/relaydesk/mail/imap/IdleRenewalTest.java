package com.relaydesk.mail.imap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.relaydesk.mail.Backoff;
import com.relaydesk.mail.BlackHoleProxy;
import com.relaydesk.mail.IdleWatcher;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.TestMessages;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * IDLE on a connection a router forgot (no FIN, no RST): Angus ignores the read timeout while
 * idling, so without renewal the watcher waits for ever and push is dead until a restart. Renewed
 * every 2 s or 300 ms here (ten minutes in the app), with a 1 s read timeout (two minutes).
 */
class IdleRenewalTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("seller@example.org", "seller", "secret"))
            .withPerMethodLifecycle(true);

    private final Semaphore connected = new Semaphore(0);
    private final Semaphore failed = new Semaphore(0);
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private BlackHoleProxy router;
    private IdleWatcher watcher;
    private Future<?> running;

    private void watch(Duration renewal) throws Exception {
        router = new BlackHoleProxy(greenMail.getImap().getPort());
        MailAccount account = MailAccount.of("127.0.0.1", router.port(), "seller", "secret", Security.PLAIN)
                .withReadTimeout(READ_TIMEOUT);
        watcher = new IdleWatcher(() -> new ImapBackend(account).renewingIdleEvery(renewal), "INBOX",
                new IdleWatcher.Events() {
                    @Override
                    public void changed() {
                        connected.release();
                    }

                    @Override
                    public void failed(MailException failure, Duration retryIn) {
                        failed.release();
                    }
                }, new Backoff(Duration.ofMillis(50), Duration.ofMillis(50)), d -> Thread.sleep(d.toMillis()));
        running = executor.submit(watcher::run);
        assertTrue(connected.tryAcquire(10, TimeUnit.SECONDS), "the watcher connected");
    }

    @AfterEach
    void stop() throws Exception {
        if (watcher == null) {
            return;
        }
        watcher.stop();
        running.get(10, TimeUnit.SECONDS);
        executor.shutdownNow();
        router.close();
    }

    @Test
    void anIdleConnectionTheRouterForgotIsNoticedAndOpenedAgain() throws Exception {
        watch(Duration.ofSeconds(2));
        Thread.sleep(700);  // IDLE is under way (GreenMail answers in milliseconds), the renewal 1.3 s off

        assertTrue(router.silenceAll() > 0, "the router forgets the IDLE connection");

        assertTrue(failed.tryAcquire(15, TimeUnit.SECONDS), "the dead IDLE connection failed within renewal + read timeout");
        assertTrue(connected.tryAcquire(10, TimeUnit.SECONDS), "the watcher logged in again (and asked for a catch-up sync)");
    }

    @Test
    void renewingALiveIdleKeepsTheConnectionAndNewMailIsStillHeard() throws Exception {
        Duration renewal = Duration.ofMillis(300);
        watch(renewal);
        Thread.sleep(renewal.toMillis() * 5);  // several renewals

        assertTrue(failed.availablePermits() == 0, "a renewal on a live connection is not a failure");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1));
        assertTrue(connected.tryAcquire(10, TimeUnit.SECONDS), "IDLE, issued again, heard the new message");
        assertTrue(failed.availablePermits() == 0);
    }
}
