package com.relaydesk.session;

import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.ConnectionLostException;
import com.relaydesk.mail.MailBackend;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The session's one sync connection, used on its worker thread only. Logged in when first needed;
 * after any failure it is dropped at once, on the worker, so that nothing queued behind the failed
 * work (a sync, a claim, the next mark) runs on a connection that may have stopped half-way
 * through a command.
 *
 * <p>Servers log a quiet connection out (the demo relay's GreenMail after 30 s, Dovecot after 30
 * minutes) and NAT gateways forget one, sooner than the backend asks before using it — a gateway
 * often without a word, so a command gets no answer until the read timeout: work that failed only
 * because the connection was lost, closed or silent ({@link ConnectionLostException}), runs once
 * more on a fresh login. Everything the session runs here is safe to repeat: flag stores are
 * idempotent, a sync goes on from what it stored, the outbox looks in Sent before it submits and
 * never hands a reply to the SMTP server twice in one round ({@link OutboxSender}).
 */
final class SyncConnection {

    private static final Logger LOG = Logger.getLogger(SyncConnection.class.getName());

    private final Supplier<MailBackend> connector;
    private MailBackend backend;

    /** @param connector a new, not yet connected backend for each login */
    SyncConnection(Supplier<MailBackend> connector) {
        this.connector = connector;
    }

    /**
     * Runs {@code work} on the connection; when the connection turns out to have been lost, logs in
     * again and runs it once more, unless {@code cancel} was cancelled meanwhile (a stopped round, a
     * closing session). A failure is thrown with the connection dropped.
     */
    <T> T run(Function<MailBackend, T> work, CancellationToken cancel) {
        try {
            return attempt(work);
        } catch (ConnectionLostException lost) {
            if (cancel.isCancelled()) {
                throw lost;
            }
            LOG.log(Level.INFO, "the connection to the server was lost; logging in again to try once more", lost);
            return attempt(work);
        }
    }

    private <T> T attempt(Function<MailBackend, T> work) {
        try {
            return work.apply(connected());
        } catch (RuntimeException e) {
            drop();
            throw e;
        }
    }

    /** The connection, logged in now if there is none. */
    MailBackend connected() {
        if (backend == null) {
            MailBackend fresh = connector.get();
            fresh.connect();
            backend = fresh;
        }
        return backend;
    }

    /** Closes the connection; the next use logs in afresh. */
    void drop() {
        if (backend != null) {
            backend.close();
            backend = null;
        }
    }
}
