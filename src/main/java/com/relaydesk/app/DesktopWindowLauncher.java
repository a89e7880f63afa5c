package com.relaydesk.app;

import com.relaydesk.cli.DesktopLauncher;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.platform.LogFiles;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/** Starts the JavaFX application and waits until its last window closes. */
final class DesktopWindowLauncher implements DesktopLauncher {

    private static final Logger LOG = Logger.getLogger(DesktopWindowLauncher.class.getName());

    @Override
    public int open(DataFolder folder, LogFiles log) {
        LOG.info(() -> "opening the window; data folder " + folder);
        try {
            Application.launch(RelayDeskApplication.class, StartupArguments.of(folder, log).toArgs());
            return 0;
        } catch (RuntimeException e) {
            // Typically no display: the toolkit cannot start, so no dialog can be shown either.
            LOG.log(Level.SEVERE, "the window could not be opened", e);
            System.err.println("RelayDesk could not open its window (" + firstLine(e) + ")."
                    + " Without a display, the command line still works: relaydesk --help."
                    + " Details are in " + log.currentFile());
            return 1;
        }
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
