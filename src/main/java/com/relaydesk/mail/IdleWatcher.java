package com.relaydesk.mail;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Push for one folder: keeps an IMAP IDLE connection open on it. After every (re)connect it asks
 * for a full sync ({@link Events#changed()}), to catch up on what happened while offline; when the
 * server then reports a change it offers {@link Events#heard} a sync over this same connection,
 * which has the folder open already — a second connection opening the folder would make Dovecot
 * re-read a big maildir once more (README, Mail sync). A dropped connection is reopened after a
 * growing pause. {@link #run} blocks until {@link #stop()}; the caller runs it on its own executor.
 */
public final class IdleWatcher {

    /** What the watcher tells its owner. */
    public interface Events {
        /** Something may have changed: sync the folder in full. */
        void changed();

        /**
         * The server reported a change to the watched folder. {@code here} brings it into the cache
         * over the watcher's connection; the owner calls it before returning (from any thread, while
         * this one waits, so that nothing else stores the folder meanwhile) and asks for a full sync
         * when it comes back empty. Its failures end the connection, which is then reopened. By
         * default, a full sync.
         */
        default void heard(WatchedChanges here) {
            changed();
        }

        /** The connection failed; the watcher retries after {@code retryIn} (it never gives up on its own). */
        default void failed(MailException failure, Duration retryIn) { }
    }

    /** A sync of the watched folder over the watcher's connection; see {@link Events#heard}. */
    public interface WatchedChanges {
        /** {@link MailBackend#syncWatched}: empty when only a full sync can bring the folder up to date. */
        Optional<FolderSyncResult> syncHere(SyncStore store, SyncListener listener, CancellationToken cancel);
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
                    boolean reported = backend.awaitChange(folder);
                    if (reported && !cancel.isCancelled()) {
                        events.heard((store, listener, token) -> backend.syncWatched(folder, store, listener, token));
                    }
                }
            } catch (RuntimeException failure) {
                if (cancel.isCancelled()) {
                    break;
                }
                // A store that refused a batch fails the same way as a dropped connection: the
                // connection may be mid-command, so it is reopened, and the reconnect syncs in full.
                MailException e = failure instanceof MailException m ? m
                        : new MailException(failure.getMessage() == null ? failure.toString() : failure.getMessage(), failure, true);
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
