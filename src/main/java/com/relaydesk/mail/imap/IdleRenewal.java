package com.relaydesk.mail.imap;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Ends an IDLE that has lasted long enough, so the watcher issues a new one. Angus Mail ignores
 * the read timeout while a folder idles, so a connection a NAT gateway or router forgot (no FIN,
 * no RST) would keep the watcher waiting for ever and push would stay dead until a restart. Any
 * folder command from another thread makes Angus send DONE; on a live connection the server
 * answers and IDLE starts again, on a dead one the answer never comes, the read timeout now
 * counts, and the watcher reconnects. RFC 2177 also asks clients to re-issue IDLE at least every
 * 29 minutes.
 */
final class IdleRenewal {

    /** Well inside RFC 2177's 29 minutes and common NAT idle timeouts; the 5-minute safety sync covers meanwhile. */
    static final Duration DEFAULT = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(IdleRenewal.class.getName());

    /**
     * One daemon thread for all watchers: a renewal on a dead connection holds it for the read
     * timeout, which only delays other watchers' renewals.
     */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "relaydesk-idle-renewal");
        t.setDaemon(true);
        return t;
    });

    private IdleRenewal() {
    }

    /** Ends the folder's IDLE after {@code delay}, unless the returned future is cancelled first. */
    static ScheduledFuture<?> after(Duration delay, IMAPFolder folder) {
        return TIMER.schedule(() -> end(folder), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void end(IMAPFolder folder) {
        try {
            // On an open folder this is DONE (if idling) and NOOP: Angus's way to end IDLE from another thread.
            folder.getMessageCount();
        } catch (MessagingException | RuntimeException e) {
            // The idling thread gets the same failure and reports it; nothing to add here.
            LOG.log(Level.FINE, "renewing IDLE failed", e);
        }
    }
}
