package com.relaydesk.mail.imap;

import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.SyncCancelledException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Stores parsed batches on a thread of its own, in the order they were handed over, while the
 * syncing thread reads and parses the next batch: on two cores parsing and storing overlap
 * instead of taking turns. At most {@code depth} batches wait, which bounds the heap. Each batch
 * is still one transaction with the folder state that holds after it, stored in UID order, so a
 * crash leaves the cache exactly as the one-thread sync did.
 *
 * <p>The first failure on the writer (the cache refused a batch, the sync was cancelled) stops it;
 * the syncing thread gets that exception at its next {@link #submit} or at {@link #finish}.
 * {@link #close} always stops and joins the thread, so none outlives the sync.
 */
final class BatchWriter implements AutoCloseable {

    /** Stores one batch: the messages, and the state that says every UID up to {@code coveredUid} is cached. */
    interface Store {
        void store(List<FetchedMessage> messages, long coveredUid, long bytes);
    }

    private record Job(List<FetchedMessage> messages, long coveredUid, long bytes) { }

    private static final Job END = new Job(List.of(), -1, 0);

    private final BlockingQueue<Job> queue;
    private final CancellationToken cancel;
    private final Store store;
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean stopped;
    private long storeNanos;  // written by the writer thread, read after join
    private long waitNanos;   // the syncing thread's own

    BatchWriter(String folder, int depth, CancellationToken cancel, Store store) {
        this.queue = new ArrayBlockingQueue<>(depth);
        this.cancel = cancel;
        this.store = store;
        this.thread = new Thread(this::run, "relaydesk-sync-writer " + folder);
        thread.setDaemon(true);  // close() joins it; daemon only so a stuck disk cannot keep the JVM alive
        thread.start();
    }

    /** Hands a batch to the writer, waiting while {@code depth} batches are queued already. */
    void submit(List<FetchedMessage> messages, long coveredUid, long bytes) {
        enqueue(new Job(List.copyOf(messages), coveredUid, bytes));
    }

    /** Waits until every submitted batch is stored; throws the writer's failure if it had one. */
    void finish() {
        enqueue(END);
        join();
        rethrow();
    }

    /** CPU time the writer spent storing (nanoseconds); complete after {@link #finish}. */
    long storeNanos() {
        return storeNanos;
    }

    /** Time the syncing thread waited for a free place in the queue (nanoseconds). */
    long waitNanos() {
        return waitNanos;
    }

    private void enqueue(Job job) {
        rethrow();
        long start = System.nanoTime();
        try {
            while (!queue.offer(job, 50, TimeUnit.MILLISECONDS)) {
                rethrow();  // the writer failed and will take nothing more
                if (!thread.isAlive()) {
                    throw new IllegalStateException("the sync writer stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncCancelledException();
        } finally {
            waitNanos += System.nanoTime() - start;
        }
    }

    private void run() {
        try {
            while (true) {
                Job job = queue.take();
                if (job == END || stopped) {
                    return;
                }
                cancel.throwIfCancelled();
                long start = CpuClock.thread();
                store.store(job.messages(), job.coveredUid(), job.bytes());
                storeNanos += CpuClock.thread() - start;
            }
        } catch (InterruptedException e) {
            // close() while idle: nothing half-done.
        } catch (RuntimeException | Error e) {
            failure = e;
            queue.clear();  // unblock a waiting submit; it then sees the failure
        }
    }

    private void rethrow() {
        Throwable f = failure;
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }

    private void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;  // finish the batch in progress: its transaction must not be cut off
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the writer after the batch it is storing (if any) and waits for it; queued batches are dropped. */
    @Override
    public void close() {
        if (!thread.isAlive()) {
            return;
        }
        stopped = true;
        queue.clear();
        queue.offer(END);
        join();
    }
}
