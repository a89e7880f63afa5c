package com.relaydesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs disk and network work off the JavaFX application thread and hands the result back on
 * it. Tests use {@link #sameThread()} so view models behave deterministically.
 */
public final class UiTasks {

    private final Executor background;
    private final Executor uiThread;

    public UiTasks(Executor background, Executor uiThread) {
        this.background = background;
        this.uiThread = uiThread;
    }

    public static UiTasks sameThread() {
        return new UiTasks(Runnable::run, Runnable::run);
    }

    /** Runs {@code action} on the UI thread (for callbacks that arrive from background threads). */
    public void onUiThread(Runnable action) {
        uiThread.execute(action);
    }

    /** Runs {@code work} in the background, then {@code onResult} or {@code onError} on the UI thread. */
    public <T> void run(Callable<T> work, Consumer<? super T> onResult, Consumer<? super Exception> onError) {
        try {
            background.execute(() -> runNow(work, onResult, onError));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // The app is closing: work asked for by a late callback has nobody left to show it to.
        }
    }

    /**
     * Like {@link #run}, but the work can be stopped: {@link Running#cancel()} interrupts the
     * thread doing it (so a wait such as the browser sign-in ends at once) and drops its result,
     * so nothing it would have done afterwards happens behind the user's back.
     */
    public <T> Running start(Callable<T> work, Consumer<? super T> onResult, Consumer<? super Exception> onError) {
        Running running = new Running();
        run(() -> running.call(work), result -> {
            if (!running.cancelled()) {
                onResult.accept(result);
            }
        }, e -> {
            if (!running.cancelled()) {
                onError.accept(e);
            }
        });
        return running;
    }

    /** Work started by {@link #start}. */
    public static final class Running {

        private Thread worker;
        private boolean cancelled;

        private <T> T call(Callable<T> work) throws Exception {
            synchronized (this) {
                if (cancelled) {
                    throw new java.util.concurrent.CancellationException();
                }
                worker = Thread.currentThread();
            }
            try {
                return work.call();
            } finally {
                synchronized (this) {
                    worker = null;
                    Thread.interrupted(); // a cancel that came late must not hit the pool thread's next task
                }
            }
        }

        /** Stops the work if it is still running; its result, if any, is dropped. */
        public synchronized void cancel() {
            cancelled = true;
            if (worker != null) {
                worker.interrupt();
            }
        }

        synchronized boolean cancelled() {
            return cancelled;
        }
    }

    private <T> void runNow(Callable<T> work, Consumer<? super T> onResult, Consumer<? super Exception> onError) {
        try {
            T result = work.call();
            uiThread.execute(() -> onResult.accept(result));
        } catch (Exception e) {
            uiThread.execute(() -> onError.accept(e));
        }
    }
}
