package com.relaydesk.relay.demo;

import com.relaydesk.relay.DeliveryRecord;
import com.relaydesk.relay.RelaySnapshot;
import com.relaydesk.relay.RunningRelay;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A demo relay that keeps itself in its snapshot file: a few seconds after anything changed (a
 * mark, a reply, a new inquiry) and when it closes. A process that is killed loses at most the
 * last interval.
 */
final class DemoAutosave implements RunningRelay {

    private static final Logger LOG = Logger.getLogger(DemoAutosave.class.getName());
    /** No snapshot taken yet: the first check saves, so even an untouched world keeps its dates. */
    private static final long NEVER = Long.MIN_VALUE;

    private final RunningRelay relay;
    private final DemoWorld world;
    private final DemoTraffic traffic;
    private final DemoSnapshotFile file;
    private final ScheduledExecutorService timer;
    private long savedMark = NEVER;
    private boolean closed;

    DemoAutosave(RunningRelay relay, DemoWorld world, DemoTraffic traffic, DemoSnapshotFile file, Duration every) {
        this.relay = relay;
        this.world = world;
        this.traffic = traffic;
        this.file = file;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "demo-autosave");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, every.toMillis());
        timer.scheduleWithFixedDelay(this::saveIfChanged, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Saves when something changed since the last save; a failure is logged and tried again next time.
     *
     * @return whether the file now holds the relay's state
     */
    synchronized boolean saveIfChanged() {
        if (closed) {
            return false;
        }
        // The mark before the snapshot: a change while it is taken is saved by the next check.
        long mark = relay.changeMark();
        if (mark == savedMark) {
            return true;
        }
        try {
            long started = System.nanoTime();
            // The relay first, then the traffic: a message made in between is lost, but its number
            // is never used twice (the other order could file a Message-ID a resumed world reuses).
            RelaySnapshot mailboxes = relay.snapshot();
            DemoProgress progress = traffic.progress();
            file.write(new DemoSnapshot(world.seed(), world.anchor(), world.fingerprint(), progress, mailboxes));
            savedMark = mark;
            LOG.fine(() -> "demo saved to " + file.path() + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the demo could not be saved to " + file.path() + "; trying again in a moment", e);
            return false;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            if (saveIfChanged()) {
                markClosed();
            }
        } finally {
            synchronized (this) {
                closed = true;
            }
            relay.close();
        }
    }

    private void markClosed() {
        try {
            file.markClosed();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the demo was saved, but the next start will take it for a killed one", e);
        }
    }

    @Override
    public String host() {
        return relay.host();
    }

    @Override
    public int imapPort() {
        return relay.imapPort();
    }

    @Override
    public int smtpPort() {
        return relay.smtpPort();
    }

    @Override
    public String sellerAddress() {
        return relay.sellerAddress();
    }

    @Override
    public String sellerPassword() {
        return relay.sellerPassword();
    }

    @Override
    public String buyerPassword() {
        return relay.buyerPassword();
    }

    @Override
    public Path ordersFile() {
        return relay.ordersFile();
    }

    @Override
    public List<DeliveryRecord> deliveries() {
        return relay.deliveries();
    }

    @Override
    public RelaySnapshot snapshot() {
        return relay.snapshot();
    }

    @Override
    public long changeMark() {
        return relay.changeMark();
    }

    @Override
    public String toString() {
        return relay + " saved in " + file.path() + " at " + Instant.now();
    }
}
