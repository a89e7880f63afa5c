package com.relaydesk.relay.demo;

import com.relaydesk.relay.RelayConfig;
import java.time.Duration;
import java.time.Instant;

/** The relay configured for demo mode: the demo world of a seed, and buyers who keep writing. */
public final class DemoRelay {

    public static final long DEFAULT_SEED = 42;
    public static final double DEFAULT_INQUIRIES_PER_HOUR = 6;
    /** How long a demo buyer takes to answer the seller: long enough to notice, short enough for a class. */
    public static final Duration ANSWER_DELAY = Duration.ofSeconds(45);

    private DemoRelay() {
    }

    /**
     * The demo world of {@code seed}, dated before {@code anchor}, on free loopback ports.
     *
     * @param inquiriesPerHour new buyer messages per hour; 0 for none
     */
    public static RelayConfig config(long seed, double inquiriesPerHour, Instant anchor) {
        if (inquiriesPerHour < 0 || Double.isNaN(inquiriesPerHour)) {
            throw new IllegalArgumentException("the rate must be 0 or more inquiries per hour, not " + inquiriesPerHour);
        }
        DemoWorld world = DemoWorld.generate(seed, anchor);
        Duration every = inquiriesPerHour == 0 ? Duration.ZERO
                : Duration.ofMillis(Math.max(1, (long) (3_600_000 / inquiriesPerHour)));
        return RelayConfig.of(world.relayWorld()).withTraffic(world.traffic(), every, ANSWER_DELAY);
    }
}
