package com.relaydesk.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a shared desktop locks itself: after {@code timeout} without key or mouse input, never when
 * the timeout is zero. The UI reports input with {@link #touched()} and asks {@link #due()} on a
 * timer; the clock is injected so tests move time instead of waiting.
 */
public final class IdleLock {

    private final Clock clock;
    private volatile Duration timeout;
    private volatile Instant lastInput;

    public IdleLock(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = checked(timeout);
        this.lastInput = clock.instant();
    }

    /** Key or mouse input happened now. */
    public void touched() {
        lastInput = clock.instant();
    }

    /** True when the desktop has been idle for the whole timeout (and a timeout is set). */
    public boolean due() {
        Duration after = timeout;
        return !after.isZero() && !Duration.between(lastInput, clock.instant()).minus(after).isNegative();
    }

    public void setTimeout(Duration newTimeout) {
        this.timeout = checked(newTimeout);
        touched();
    }

    public Duration timeout() {
        return timeout;
    }

    private static Duration checked(Duration d) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException("an idle time is zero (never) or positive: " + d);
        }
        return d;
    }
}
