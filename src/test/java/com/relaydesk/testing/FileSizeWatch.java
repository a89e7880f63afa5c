package com.relaydesk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks at a file's size from another thread, as fast as it can, while a test writes it: a file
 * written in place shows sizes in between (what a crash or a full disk would leave), a file
 * renamed into place only the size before and the size after.
 */
public final class FileSizeWatch implements AutoCloseable {

    /** The size recorded while no file has the name. */
    public static final long NO_FILE = -1;

    private final Path file;
    private final Set<Long> seen = ConcurrentHashMap.newKeySet();
    private final Thread watcher;
    private volatile boolean stopped;

    private FileSizeWatch(Path file) {
        this.file = file;
        this.watcher = new Thread(this::watch, "file-size-watch");
        watcher.setDaemon(true);
    }

    /** Returns once the file has been looked at, so no write can start before the watch. */
    public static FileSizeWatch start(Path file) throws InterruptedException {
        FileSizeWatch watch = new FileSizeWatch(file);
        watch.watcher.start();
        Waits.waitUntil(() -> !watch.seen.isEmpty());
        return watch;
    }

    private void watch() {
        while (!stopped) {
            look();
        }
        look(); // the size the write left, however soon after it the watch was stopped
    }

    private void look() {
        try {
            seen.add(Files.size(file));
        } catch (IOException none) {
            seen.add(NO_FILE);
        }
    }

    /** Stops watching, and fails unless the file only ever had the size before the write and the size after. */
    public void assertOnlySizes(long before, long after) throws InterruptedException {
        close();
        Set<Long> inBetween = new TreeSet<>(seen);
        inBetween.removeAll(Set.of(before, after));
        if (!inBetween.isEmpty() || !seen.contains(after)) {
            throw new AssertionError("expected only the sizes " + before + " and " + after + ", but the file also had "
                    + inBetween.size() + " more: " + inBetween.stream().limit(8).toList() + (inBetween.size() > 8 ? "…" : ""));
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        watcher.join();
    }
}
