package com.relaydesk.team;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.testing.HandClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdleLockTest {

    @Test
    void theDesktopLocksOnceTheIdleTimePassesWithoutInput() {
        HandClock clock = new HandClock(java.time.Instant.parse("2026-11-30T09:00:00Z"));
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
        HandClock clock = new HandClock(java.time.Instant.parse("2026-11-30T09:00:00Z"));
        IdleLock lock = new IdleLock(clock, Duration.ZERO);
        clock.advance(Duration.ofDays(3));
        assertFalse(lock.due());
        lock.setTimeout(Duration.ofMinutes(1));
        assertFalse(lock.due(), "a new idle time counts from now");
        clock.advance(Duration.ofMinutes(1));
        assertTrue(lock.due());
    }
}
