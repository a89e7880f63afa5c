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

    private <T> void runNow(Callable<T> work, Consumer<? super T> onResult, Consumer<? super Exception> onError) {
        try {
            T result = work.call();
            uiThread.execute(() -> onResult.accept(result));
        } catch (Exception e) {
            uiThread.execute(() -> onError.accept(e));
        }
    }
}
