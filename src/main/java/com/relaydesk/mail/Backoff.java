package com.relaydesk.mail;

import java.time.Duration;

/** Waits between reconnect attempts: doubling from {@code first} up to {@code max}. */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private Duration next;

    public Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
        this.next = first;
    }

    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));
    }

    /** The wait before the next attempt; each call doubles the one after. */
    public Duration nextDelay() {
        Duration d = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return d;
    }

    /** After a success: the next failure waits {@code first} again. */
    public void reset() {
        next = first;
    }
}
