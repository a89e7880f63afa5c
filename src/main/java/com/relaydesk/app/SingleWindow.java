package com.relaydesk.app;

import com.relaydesk.platform.InstanceLock;
import com.relaydesk.platform.WindowCall;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * One window per data folder ({@link InstanceLock}): the first start holds the folder and answers
 * later starts by coming to the front; a later start brings it forward and closes, or — when the
 * holder does not answer — says what holds the folder, and closes.
 */
final class SingleWindow implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SingleWindow.class.getName());
    /** How long a second start waits for the open window to answer one call. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);
    /** … and for a window still starting (the icon double-clicked twice) to be ready to answer. */
    private static final Duration STARTING_WITHIN = Duration.ofSeconds(20);

    private final Path folder;
    private final Optional<InstanceLock> lock;
    private final boolean heldElsewhere;
    private final boolean broughtForward;
    private WindowCall call;

    private SingleWindow(Path folder, Optional<InstanceLock> lock, boolean heldElsewhere, boolean broughtForward) {
        this.folder = folder;
        this.lock = lock;
        this.heldElsewhere = heldElsewhere;
        this.broughtForward = broughtForward;
    }

    /** Holds {@code folder}, or finds it held and asks its window to the front. Off the application thread. */
    static SingleWindow claim(Path folder) {
        return claim(folder, STARTING_WITHIN);
    }

    /** {@link #claim(Path)}, waiting {@code startingWithin} for a window still starting (tests wait less). */
    static SingleWindow claim(Path folder, Duration startingWithin) {
        try {
            long giveUpAt = System.nanoTime() + startingWithin.toNanos();
            Optional<InstanceLock> lock = InstanceLock.acquire(folder);
            boolean forward = false;
            while (lock.isEmpty() && !(forward = WindowCall.bringToFront(InstanceLock.reachOf(folder), ANSWER_WITHIN))
                    && System.nanoTime() < giveUpAt) {
                Thread.sleep(250); // the other window announces itself once it shows; or it closed, and the folder is free
                lock = InstanceLock.acquire(folder);
            }
            if (forward) {
                LOG.info(() -> "RelayDesk is already open on " + folder + ": its window was brought to the front");
                System.err.println("RelayDesk is already open on " + folder + ": its window was brought to the front.");
            }
            return new SingleWindow(folder, lock, lock.isEmpty(), forward);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SingleWindow(folder, Optional.empty(), true, false);
        } catch (IOException e) {
            // the folder was writable a moment ago (DataFolder checked it): go on as before, unguarded
            LOG.log(Level.WARNING, "the data folder could not be locked for this window; a second window is not kept out", e);
            return new SingleWindow(folder, Optional.empty(), false, false);
        }
    }

    /** Another RelayDesk holds the folder: this start opens no window of its own. */
    boolean alreadyOpen() {
        return heldElsewhere;
    }

    /** The open window came to the front when asked (tests). */
    boolean broughtForward() {
        return broughtForward;
    }

    /** This start was the later one: it says so when the open one did not answer, then ends. */
    void giveWay(Stage stage) {
        if (!broughtForward) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION);
            alert.initOwner(stage.getOwner());
            alert.setTitle("RelayDesk is already open");
            alert.setHeaderText("RelayDesk is already open on this data folder");
            alert.setContentText(folder + " is in use by another RelayDesk, which did not answer: it may still be "
                    + "starting or closing. Wait a moment and start RelayDesk again; to run a second one side by side, "
                    + "give it another data folder (--data-dir).");
            alert.showAndWait();
        }
        Platform.exit();
    }

    /** The window is up: later starts bring it to the front. */
    void answerLaterStarts(Stage stage) {
        if (lock.isEmpty()) {
            return;
        }
        try {
            call = WindowCall.listen(() -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }));
            lock.get().announce(call.reach());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "later starts cannot bring this window to the front; they will say it is open", e);
        }
    }

    @Override
    public void close() {
        try {
            if (call != null) {
                call.close();
            }
            if (lock.isPresent()) {
                lock.get().close();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "the data folder's lock was released with an error (the process ends anyway)", e);
        }
    }
}
