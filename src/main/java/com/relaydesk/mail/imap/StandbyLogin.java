package com.relaydesk.mail.imap;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Logs a replacement sync session in on a background thread as soon as {@link SessionRenewal}
 * will want one, so the sync that renews the session takes a session already logged in instead of
 * waiting for connect, greeting and LOGIN (15–25 ms on loopback at 50,000 messages, more over a
 * network). A session that has only logged in has opened no folder, so it is as fresh as one
 * logged in at the last moment. Retiring the old session (LOGOUT) also happens on that thread.
 *
 * <p>One session at most waits; {@link #close()} logs it out and stops the thread.
 */
final class StandbyLogin implements AutoCloseable {

    /** A session quiet for longer may have been dropped by the server: checked (NOOP) before use. */
    static final long CHECK_AFTER_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final Logger LOG = Logger.getLogger(StandbyLogin.class.getName());

    /** A logged-in session and when its login finished. */
    record Session(Utf8LoginStore store, java.util.Set<com.relaydesk.mail.Capability> capabilities, long loggedInNanos) { }

    private final Supplier<Session> login;
    private ExecutorService thread;
    private Future<Session> waiting;

    /** @param login logs a new session in (throws {@link com.relaydesk.mail.MailException} on failure) */
    StandbyLogin(Supplier<Session> login) {
        this.login = login;
    }

    /** Starts logging a session in, unless one is already waiting or on its way. */
    synchronized void prepare() {
        if (waiting == null) {
            waiting = executor().submit(login::get);
        }
    }

    /**
     * The session prepared ahead, waiting for its login to finish if need be; null when none was
     * prepared, its login failed or the server has dropped it meanwhile (the caller logs in itself).
     */
    Session take() {
        Future<Session> f;
        synchronized (this) {
            f = waiting;
            waiting = null;
        }
        if (f == null) {
            return null;
        }
        try {
            Session s = f.get();
            if (System.nanoTime() - s.loggedInNanos() > CHECK_AFTER_NANOS && !s.store().isConnected()) {
                retire(s.store());
                return null;
            }
            return s;
        } catch (ExecutionException e) {
            LOG.log(Level.FINE, "logging in ahead failed; logging in now", e.getCause());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Logs {@code old} out on the background thread: the sync need not wait for the server's BYE. */
    synchronized void retire(IMAPStore old) {
        executor().execute(() -> closeQuietly(old));
    }

    /** Logs out a waiting session, finishes pending retirements (briefly) and stops the thread. */
    @Override
    public void close() {
        ExecutorService t;
        Future<Session> f;
        synchronized (this) {
            t = thread;
            f = waiting;
            thread = null;
            waiting = null;
        }
        if (t == null) {
            return;
        }
        if (f != null) {
            t.execute(() -> {
                try {
                    closeQuietly(f.get().store());
                } catch (ExecutionException | InterruptedException | RuntimeException ignored) {
                    // The login failed or was stopped: nothing to log out.
                }
            });
        }
        t.shutdown();
        try {
            if (!t.awaitTermination(2, TimeUnit.SECONDS)) {
                t.shutdownNow();  // a server that does not answer LOGOUT: the socket is closed anyway on exit
            }
        } catch (InterruptedException e) {
            t.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private ExecutorService executor() {
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(task -> {
                Thread th = new Thread(task, "relaydesk-login-ahead");
                th.setDaemon(true);
                return th;
            });
        }
        return thread;
    }

    private static void closeQuietly(IMAPStore s) {
        try {
            s.close();
        } catch (jakarta.mail.MessagingException | RuntimeException ignored) {
            // The server may already be gone; nothing to tell the user.
        }
    }
}
