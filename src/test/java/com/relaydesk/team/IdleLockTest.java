package com.relaydesk.team;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IdleLockTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-30T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void theDesktopLocksOnceTheIdleTimePassesWithoutInput() {
        HandClock clock = new HandClock();
        IdleLock lock = new IdleLock(clock, Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(9));
        assertFalse(lock.due());
        lock.touched();
        clock.advance(Duration.ofMinutes(9));
        assertFalse(lock.due(), "input restarts the wait");
        clock.advance(Duration.ofMinutes(1));
        assertTrue(lock.due());
    }

    @Test
    void anIdleTimeOfZeroNeverLocks() {
        HandClock clock = new HandClock();
        IdleLock lock = new IdleLock(clock, Duration.ZERO);
        clock.advance(Duration.ofDays(3));
        assertFalse(lock.due());
        lock.setTimeout(Duration.ofMinutes(1));
        assertFalse(lock.due(), "a new idle time counts from now");
        clock.advance(Duration.ofMinutes(1));
        assertTrue(lock.due());
    }
}
