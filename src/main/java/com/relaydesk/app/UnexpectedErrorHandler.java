package com.relaydesk.app;

import com.relaydesk.platform.UserFacingException;
import com.relaydesk.ui.common.ErrorDialog;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Last line of defence for failures nobody caught: log the details, then tell the user in a
 * dialog what happened and where the log is. One dialog at a time, so a failure that repeats
 * (say, in a layout pass) cannot bury the window under alerts.
 */
final class UnexpectedErrorHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorHandler.class.getName());

    private final Path logFile;
    private final AtomicBoolean dialogOpen = new AtomicBoolean();

    UnexpectedErrorHandler(Path logFile) {
        this.logFile = logFile;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.log(Level.SEVERE, "uncaught failure on thread " + thread.getName(), failure);
        String summary = UserFacingException.describe(failure);
        if (Platform.isFxApplicationThread()) {
            show(summary);
        } else {
            Platform.runLater(() -> show(summary));
        }
    }

    private void show(String summary) {
        if (!dialogOpen.compareAndSet(false, true)) {
            return;
        }
        try {
            ErrorDialog.create(summary, logFile).showAndWait();
        } catch (RuntimeException dialogFailure) {
            LOG.log(Level.SEVERE, "the error dialog itself failed", dialogFailure);
            System.err.println("RelayDesk: " + summary + " Details are in " + logFile);
        } finally {
            dialogOpen.set(false);
        }
    }
}
