package com.relaydesk.ui.status;

import com.relaydesk.ui.common.SyncProgressText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What the status bar says about the connection, the last sync, the outbox and where data lives. */
public final class StatusBarViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH);

    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("No mailbox connected");
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper("Never synced");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    /** A sync is running: Stop is offered (also at the start of a folder, when its progress is still 0). */
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper outbox = new ReadOnlyStringWrapper("");
    private int repliesWaiting;
    private int repliesStopped;
    private int marksWaiting;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dataFolder = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper undoable = new ReadOnlyStringWrapper("");
    private final ZoneId zone;
    private static final String NEVER_SYNCED = "Never synced";
    private String syncedAt = NEVER_SYNCED;
    /** The notice in the sync field, until a sync or the next mark replaces it. */
    private String notice;
    private boolean olderMail;  // a first sync showed the newest mail and is downloading the rest
    private boolean stopping;   // Stop was clicked; the sync has not stopped yet

    public StatusBarViewModel(String dataFolderPath) {
        this(dataFolderPath, ZoneId.systemDefault());
    }

    public StatusBarViewModel(String dataFolderPath, ZoneId zone) {
        this.zone = zone;
        dataFolder.set("Data: " + dataFolderPath);
    }

    public void opening(String what) {
        connection.set(what);
        lastSync.set("Not synced yet");
        syncedAt = NEVER_SYNCED; // another mailbox, or the same reopened: its own last sync is read anew
        progress.set(-1);
        error.set("");
    }

    public void connected(String accountLabel) {
        connection.set(accountLabel);
        online.set(true);
        error.set("");
    }

    public void syncing(String folder, long done, long total) {
        if (stopping) {
            return;  // "Stopping…" stays until the sync has stopped
        }
        // a folder with nothing older to come (Sent done before INBOX) is only being synced
        lastSync.set((olderMail && total > 0 ? "Downloading older mail, " : "Syncing ") + SyncProgressText.of(folder, done, total)
                + (total > 0 ? "" : "…"));
        progress.set(total > 0 ? (double) done / total : -1);
        running.set(true);
    }

    /** The newest mail of a first sync is in and shown; older mail follows until {@link #synced}. */
    public void newestSynced() {
        olderMail = true;
    }

    public void synced(Instant when) {
        synced("Synced " + TIME.withZone(zone).format(when));
    }

    /**
     * When an earlier run last synced, while this run has not (an offline start): the lists are
     * that old, not empty. "Not synced yet" said nothing had ever come.
     */
    public void syncedEarlier(Instant when) {
        if (!NEVER_SYNCED.equals(syncedAt)) {
            return; // this run synced meanwhile: that says more
        }
        java.time.ZonedDateTime at = when.atZone(zone);
        boolean today = at.toLocalDate().equals(java.time.LocalDate.now(zone));
        syncedAt = "Last synced " + (today ? "" : DAY.format(at) + ", ") + TIME.format(at);
        if ("Not synced yet".equals(lastSync.get())) {
            lastSync.set(syncedAt); // not while a sync says what it is doing
        }
    }

    /** Synced, but the older mail of a first sync waits: the person stopped it. */
    public void syncedOlderMailStopped(Instant when) {
        synced("Synced " + TIME.withZone(zone).format(when) + " · older mail stopped: F5 goes on");
    }

    private void synced(String text) {
        ended();
        syncedAt = text;
        lastSync.set(syncedAt);
        online.set(true);
        error.set("");
    }

    /** Stop was clicked: the sync ends at its next safe point (the batch being fetched is finished first). */
    public void stopping() {
        if (running.get()) {
            stopping = true;
            running.set(false);
            lastSync.set("Stopping…");
        }
    }

    /** The person stopped the sync: what it stored stays, and the next sync goes on from there. */
    public void stopped() {
        lastSync.set(olderMail ? "Stopped: new mail still comes, older mail with F5" : "Sync stopped: F5 goes on");
        ended();
    }

    public void failed(String message) {
        ended();
        error.set(message);
        online.set(false);
    }

    /**
     * The person read the error's details: it leaves the bar, unless another came meanwhile. A
     * problem that lasts (the server out of reach) is said again by the next sync that meets it.
     */
    public void dismissError(String read) {
        if (error.get().equals(read)) {
            error.set("");
        }
    }

    /** Mail was read, but replies could not be sent: said as an error, while the mailbox stays online. */
    public void sendingFailed(String message) {
        problem(message);
    }

    /** Something the person asked for failed (a file not written or read): an error that says nothing of the connection. */
    public void problem(String message) {
        error.set(message);
    }

    /** A sync is over, however it ended: no progress, no Stop, no first-sync wording left behind. */
    private void ended() {
        olderMail = false;
        stopping = false;
        running.set(false);
        progress.set(0);
    }

    /**
     * What the last triage mark did, offered for undo; empty when there is nothing to take back. A
     * new mark ends the notice before it ("Undone: Anna Weber" beside "Marked Anna Weber … Undo"
     * would say the opposite of what is now true); a sync's own words are left.
     */
    public void undoable(String text) {
        undoable.set(text);
        if (!text.isEmpty() && notice != null && notice.equals(lastSync.get())) {
            noticeOver();
        }
    }

    public ReadOnlyStringProperty undoableProperty() {
        return undoable.getReadOnlyProperty();
    }

    /** The sync field says when the last sync was again, after a notice of work now done. */
    public void noticeOver() {
        notice = null;
        lastSync.set(syncedAt);
    }

    /** A short confirmation (not an error) in the sync field. */
    public void notice(String text) {
        notice = text;
        lastSync.set(text);
    }

    /**
     * {@code stopped}: replies that failed or are held — held ones may have gone out (the server never
     * confirmed them), so the line does not say "not sent"; the Outbox window says which is which.
     */
    public void outbox(int waiting, int stopped) {
        repliesWaiting = waiting;
        repliesStopped = stopped;
        showWaiting();
    }

    /** Marks made while the server could not be reached: they are set there by the next sync that reaches it. */
    public void marksWaiting(int count) {
        marksWaiting = count;
        showWaiting();
    }

    private void showWaiting() {
        String line = repliesWaiting == 0 ? ""
                : repliesWaiting + (repliesWaiting == 1 ? " reply" : " replies") + " waiting in the outbox";
        if (repliesStopped > 0) {
            line += (line.isEmpty() ? "" : " · ") + repliesStopped
                    + (repliesStopped == 1 ? " reply needs" : " replies need") + " you in the Outbox";
        }
        if (marksWaiting > 0) {
            line += (line.isEmpty() ? "" : " · ") + marksWaiting + (marksWaiting == 1 ? " mark waits" : " marks wait")
                    + " for the connection";
        }
        outbox.set(line);
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    /** 0 when idle, -1 while the size is unknown, else the fraction done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outboxProperty() {
        return outbox.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataFolderProperty() {
        return dataFolder.getReadOnlyProperty();
    }
}
