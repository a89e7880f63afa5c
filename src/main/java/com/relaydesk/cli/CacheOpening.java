package com.relaydesk.cli;

import com.relaydesk.platform.DataFolder;
import com.relaydesk.store.AccountCache;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Opens the account's cache on a thread of its own while the command connects to the server:
 * both load many classes and the cache may run its migrations, so on a cold JVM each took about
 * a tenth of a second that the other now hides. {@link #get} hands the cache over (or throws what
 * opening it threw); {@link #close} closes a cache nobody took, after waiting for it, so a failed
 * login never leaves the file open.
 */
final class CacheOpening implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "relaydesk-cache-open");
        t.setDaemon(true);  // joined in close(); daemon only so a stuck disk cannot keep the JVM alive
        return t;
    });
    private final Future<AccountCache> pending;
    private boolean taken;

    CacheOpening(DataFolder folder, String address) {
        pending = thread.submit(() -> AccountCache.open(folder, address));
        thread.shutdown();
    }

    /** The opened cache; the caller closes it. */
    AccountCache get() {
        AccountCache cache = await();
        taken = true;
        return cache;
    }

    private AccountCache await() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return pending.get();
                } catch (InterruptedException e) {
                    interrupted = true;  // the open finishes quickly; leaving it half-done would leak the file
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        if (!taken) {
            try {
                await().close();
            } catch (RuntimeException | Error e) {
                // Opening failed; the failure that stopped the command is the one to report.
            }
        }
        thread.shutdownNow();
    }
}
