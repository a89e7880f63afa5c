package com.relaydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.platform.InstanceLock;
import com.relaydesk.platform.WindowCall;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second start on the same data folder opens no second window: it brings the open one to the
 * front, or says the folder is in use when nothing answers; once the folder is free it opens.
 */
class SingleWindowTest {

    @TempDir
    Path folder;

    @Test
    void aSecondStartBringsTheOpenWindowForwardAndOpensNoneOfItsOwn() throws Exception {
        AtomicInteger forward = new AtomicInteger();
        try (InstanceLock held = InstanceLock.acquire(folder).orElseThrow();
             WindowCall call = WindowCall.listen(forward::incrementAndGet)) {
            held.announce(call.reach());

            try (SingleWindow second = SingleWindow.claim(folder, Duration.ofSeconds(5))) {
                assertTrue(second.alreadyOpen());
                assertTrue(second.broughtForward());
            }
        }
        assertEquals(1, forward.get());
    }

    @Test
    void aHolderThatNeverAnswersIsSaidNotWaitedForEndlessly() throws Exception {
        try (InstanceLock held = InstanceLock.acquire(folder).orElseThrow()) {
            try (SingleWindow second = SingleWindow.claim(folder, Duration.ofMillis(600))) {
                assertTrue(second.alreadyOpen());
                assertFalse(second.broughtForward(), "nothing announced: a window still starting, or hung");
            }
        }
    }

    @Test
    void theFolderFreedWhileWaitingIsTaken() throws Exception {
        InstanceLock held = InstanceLock.acquire(folder).orElseThrow();
        Thread closing = new Thread(() -> {
            try {
                Thread.sleep(400);
                held.close();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        closing.start();
        try (SingleWindow next = SingleWindow.claim(folder, Duration.ofSeconds(10))) {
            assertFalse(next.alreadyOpen(), "the first window closed: this one opens");
            assertTrue(InstanceLock.acquire(folder).isEmpty(), "and holds the folder in its turn");
        }
        closing.join();
        try (InstanceLock again = InstanceLock.acquire(folder).orElseThrow(() -> new AssertionError("closed, it lets go"))) {
            assertTrue(again != null);
        }
    }

    @Test
    void aCallerWithoutTheSecretIsNotAnswered() throws Exception {
        AtomicInteger forward = new AtomicInteger();
        try (WindowCall call = WindowCall.listen(forward::incrementAndGet)) {
            Properties wrong = call.reach();
            wrong.setProperty("secret", "0".repeat(32));
            assertFalse(WindowCall.bringToFront(wrong, Duration.ofSeconds(2)));
            assertTrue(WindowCall.bringToFront(call.reach(), Duration.ofSeconds(2)));
        }
        assertEquals(1, forward.get());
    }
}
