package com.relaydesk.mail;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Push for one folder: keeps an IMAP IDLE connection open and calls {@code onChange} whenever
 * the server reports something (and once after every (re)connect, to catch up on what happened
 * while offline). A dropped connection is reopened after a growing pause. {@link #run} blocks
 * until {@link #stop()}; the caller runs it on its own executor.
 */
public final class IdleWatcher {

    /** What the watcher tells its owner. */
    public interface Events {
        /** Something may have changed: sync the folder. */
        void changed();

        /** The connection failed; the watcher retries after {@code retryIn} (it never gives up on its own). */
        default void failed(MailException failure, Duration retryIn) { }
    }

    /** Sleeping is a seam so tests need not wait out real backoff. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private static final Logger LOG = Logger.getLogger(IdleWatcher.class.getName());

    private final Supplier<MailBackend> connector;
    private final String folder;
    private final Events events;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final CancellationToken cancel = new CancellationToken();
    private volatile MailBackend current;

    public IdleWatcher(Supplier<MailBackend> connector, String folder, Events events, Backoff backoff, Sleeper sleeper) {
        this.connector = connector;
        this.folder = folder;
        this.events = events;
        this.backoff = backoff;
        this.sleeper = sleeper;
    }

    public IdleWatcher(Supplier<MailBackend> connector, String folder, Events events) {
        this(connector, folder, events, Backoff.standard(), d -> Thread.sleep(d.toMillis()));
    }

    public void run() {
        while (!cancel.isCancelled()) {
            MailBackend backend = connector.get();
            current = backend;
            try {
                if (cancel.isCancelled()) {
                    break;
                }
                backend.connect();
                backoff.reset();
                events.changed();
                while (!cancel.isCancelled()) {
                    backend.awaitChange(folder);
                    if (!cancel.isCancelled()) {
                        events.changed();
                    }
                }
            } catch (MailException e) {
                if (cancel.isCancelled()) {
                    break;
                }
                Duration wait = backoff.nextDelay();
                LOG.info(() -> "IDLE connection failed (" + e.getMessage() + "); retrying in " + wait);
                LOG.log(Level.FINE, "IDLE failure", e);
                events.failed(e, wait);
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            } finally {
                current = null;
                backend.close();
            }
        }
    }

    /** Ends {@link #run()}: closes the connection, which ends a waiting IDLE. Any thread. */
    public void stop() {
        cancel.cancel();
        MailBackend b = current;
        if (b != null) {
            b.close();
        }
    }
}
