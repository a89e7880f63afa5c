package com.relaydesk.relay.demo;

import com.relaydesk.relay.RelaySnapshot;
import java.time.Instant;
import java.util.Objects;

/**
 * A demo as it was when saved: which world (seed, anchor, and a digest of its buyers and orders
 * to tell that this version makes the same one), how far its traffic had gone, and the relay.
 */
public record DemoSnapshot(long seed, Instant anchor, long worldFingerprint, DemoProgress progress,
        RelaySnapshot relay) {

    public DemoSnapshot {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(relay, "relay");
    }
}
