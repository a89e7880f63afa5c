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
        checkRate(inquiriesPerHour);
        DemoWorld world = DemoWorld.generate(seed, anchor);
        return config(world, world.traffic(), inquiriesPerHour);
    }

    /** A demo world already made (or resumed), with its traffic: new inquiries at this rate, answers. */
    public static RelayConfig config(DemoWorld world, DemoTraffic traffic, double inquiriesPerHour) {
        checkRate(inquiriesPerHour);
        Duration every = inquiriesPerHour == 0 ? Duration.ZERO
                : Duration.ofMillis(Math.max(1, (long) (3_600_000 / inquiriesPerHour)));
        return RelayConfig.of(world.relayWorld()).withTraffic(traffic, every, ANSWER_DELAY);
    }

    private static void checkRate(double inquiriesPerHour) {
        if (inquiriesPerHour < 0 || Double.isNaN(inquiriesPerHour)) {
            throw new IllegalArgumentException("the rate must be 0 or more inquiries per hour, not " + inquiriesPerHour);
        }
    }
}
