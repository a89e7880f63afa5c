package com.relaydesk.relay.demo;

import com.relaydesk.relay.EmbeddedRelay;
import com.relaydesk.relay.RelayConfig;
import com.relaydesk.relay.RelaySnapshot;
import com.relaydesk.relay.RunningRelay;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The app's demo, kept between runs: it goes on from its snapshot file when there is one, and
 * starts a fresh world of the seed otherwise (the first run, after "Start the demo over", or when
 * the file cannot be read — then it is set aside and the person is told).
 */
public final class SavedDemo {

    private static final Logger LOG = Logger.getLogger(SavedDemo.class.getName());
    /** How soon a change is on disk: what a killed process may lose. */
    public static final Duration SAVE_EVERY = Duration.ofSeconds(3);

    private final DemoSnapshotFile file;
    private final long seed;
    private final double inquiriesPerHour;
    private final Clock clock;
    private final Duration saveEvery;

    /**
     * @param seed             the world a fresh start makes
     * @param inquiriesPerHour new buyer messages per hour
     * @param clock            a fresh world's dates are placed before its now
     */
    public SavedDemo(DemoSnapshotFile file, long seed, double inquiriesPerHour, Clock clock, Duration saveEvery) {
        this.file = file;
        this.seed = seed;
        this.inquiriesPerHour = inquiriesPerHour;
        this.clock = clock;
        this.saveEvery = saveEvery;
    }

    /**
     * The relay of the demo, running and saving itself.
     *
     * @param relay  closing it saves a last time, then stops it
     * @param config what it was started with (the seller's name, the world)
     * @param notice a sentence for the person when the saved demo could not be used
     */
    public record Started(RunningRelay relay, RelayConfig config, Optional<String> notice) {
    }

    public Started start() {
        boolean closedLastTime = markRunning();
        Optional<DemoSnapshot> saved;
        try {
            saved = file.read();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the saved demo " + file.path() + " cannot be read", e);
            return freshInstead();
        }
        if (saved.isEmpty()) {
            return fresh();
        }
        DemoSnapshot snapshot = saved.get();
        DemoWorld world = DemoWorld.resume(snapshot.seed(), snapshot.anchor(), snapshot.progress());
        if (world.fingerprint() != snapshot.worldFingerprint()) {
            LOG.warning(() -> "the saved demo " + file.path() + " was made by a RelayDesk whose demo world differs");
            return freshInstead();
        }
        DemoTraffic traffic = world.traffic();
        RelayConfig config = DemoRelay.config(world, traffic, inquiriesPerHour);
        RelaySnapshot relaySnapshot = snapshot.relay();
        if (!closedLastTime) {
            // The app may have synced mail newer than the file: under the old UIDVALIDITY, new mail
            // could get a UID the app already holds for another message.
            LOG.info(() -> "the demo was not closed last time: its folders get new UIDVALIDITYs, the app reloads them");
            relaySnapshot = relaySnapshot.withoutUids();
        }
        RunningRelay relay;
        try {
            relay = EmbeddedRelay.start(config, relaySnapshot);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the saved demo " + file.path() + " could not be restored", e);
            return freshInstead();
        }
        LOG.info(() -> "demo resumed from " + file.path() + " (world of " + snapshot.anchor() + ", "
                + snapshot.relay().mail().size() + " messages)");
        return new Started(new DemoAutosave(relay, world, traffic, file, saveEvery), config, Optional.empty());
    }

    /** Notes the start of a run; false when the run before was not closed, or when that cannot be told. */
    private boolean markRunning() {
        try {
            return file.markRunning();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not note beside " + file.path() + " that the demo runs", e);
            return false;
        }
    }

    /** Forgets the saved demo, so that the next {@link #start} makes a fresh world. */
    public void discard() throws IOException {
        file.discard();
    }

    private Started fresh() {
        DemoWorld world = DemoWorld.generate(seed, clock.instant());
        DemoTraffic traffic = world.traffic();
        RelayConfig config = DemoRelay.config(world, traffic, inquiriesPerHour);
        RunningRelay relay = EmbeddedRelay.start(config);
        return new Started(new DemoAutosave(relay, world, traffic, file, saveEvery), config, Optional.empty());
    }

    /** A fresh world; the unusable file is set aside only once that world runs (a port problem keeps it). */
    private Started freshInstead() {
        Started started = fresh();
        String where;
        try {
            where = "it is kept as " + file.setAside().getFileName();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not set " + file.path() + " aside", e);
            where = "see the log";
        }
        return new Started(started.relay(), started.config(), Optional.of(
                "the saved demo could not be read, so it started afresh (" + where + ")"));
    }
}
