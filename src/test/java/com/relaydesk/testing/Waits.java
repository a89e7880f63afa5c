package com.relaydesk.testing;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting for something another thread (a sync, the outbox) does, with a generous limit for loaded CI machines. */
public final class Waits {

    private Waits() {
    }

    /** Polls every 50 ms; fails the test when the condition does not hold within 30 s. */
    public static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 30 s");
            }
            Thread.sleep(50);
        }
    }
}
