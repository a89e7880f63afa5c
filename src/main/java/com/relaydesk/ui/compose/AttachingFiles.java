package com.relaydesk.ui.compose;

import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.AttachmentPolicy;
import com.relaydesk.ui.common.UiTasks;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Files chosen or dropped on a reply, read in the background: a photo on a network share or a
 * slow USB stick can take seconds, and the editor must stay usable (and the read stoppable)
 * meanwhile. Each file is hashed as it is read, so the draft store never reads it again.
 */
final class AttachingFiles {

    /** What became of one file: its attachment, or what keeps it off the reply and what to do. */
    record Outcome(Attachment attachment, String problem) {
    }

    private final UiTasks tasks;
    /** The names being read now, in the order chosen. */
    private final ObservableList<String> reading = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper adding = new ReadOnlyStringWrapper("");
    private final List<UiTasks.Running> running = new ArrayList<>();

    AttachingFiles(UiTasks tasks) {
        this.tasks = tasks;
        reading.addListener((javafx.collections.ListChangeListener<String>) change -> adding.set(said(reading)));
    }

    /** Reads {@code files} off the FX thread, then hands each outcome, in order, to {@code done} on it. */
    void add(List<Path> files, Consumer<List<Outcome>> done) {
        if (files.isEmpty()) {
            return;
        }
        List<Path> chosen = List.copyOf(files);
        List<String> names = chosen.stream().map(AttachingFiles::name).toList();
        reading.addAll(names);
        UiTasks.Running[] handle = new UiTasks.Running[1];
        boolean[] over = new boolean[1];
        handle[0] = tasks.start(() -> chosen.stream().map(AttachingFiles::read).toList(), outcomes -> {
            over[0] = true;
            finished(handle[0], names);
            done.accept(outcomes);
        }, e -> {
            over[0] = true;
            finished(handle[0], names);
            done.accept(names.stream().map(name -> new Outcome(null, name + " could not be read (" + e.getMessage()
                    + "); nothing was attached. Try again, or attach a copy saved on this computer.")).toList());
        });
        if (!over[0]) {
            running.add(handle[0]); // a same-thread executor (tests) is over before start returns
        }
    }

    /** Stops every read in progress (Cancel, or the editor closed): nothing of them is attached. */
    void cancel() {
        running.forEach(UiTasks.Running::cancel);
        running.clear();
        reading.clear();
    }

    /** "Adding photo.jpg…" while files are read, else empty. */
    ReadOnlyStringProperty addingProperty() {
        return adding.getReadOnlyProperty();
    }

    private void finished(UiTasks.Running handle, List<String> names) {
        running.remove(handle);
        for (String name : names) {
            reading.remove(name);
        }
    }

    private static String said(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        return names.size() == 1 ? "Adding " + names.get(0) + "…"
                : "Adding " + names.get(0) + " and " + (names.size() - 1) + " more…";
    }

    /** Reads and hashes one file; a problem is said with the file's name and what the person can do. */
    static Outcome read(Path file) {
        String name = name(file);
        try {
            if (Files.isDirectory(file)) {
                return new Outcome(null, name + " is a folder: attach the files in it instead.");
            }
            long size = Files.size(file);
            if (size > AttachmentPolicy.MAX_MESSAGE_WIRE_BYTES) {
                // never sendable (D3), and reading a film or disk image whole could run out of memory
                return new Outcome(null, String.format(java.util.Locale.ROOT, "%s is %.1f MB; a message may carry "
                        + "at most 10 MB (D3), so it was not attached. Send a smaller file.", name, size / 1048576.0));
            }
            return new Outcome(new Attachment(name, Files.readAllBytes(file)).hashed(), null);
        } catch (NoSuchFileException e) {
            return new Outcome(null, name + " is no longer where it was chosen (moved or deleted?); nothing was "
                    + "attached. Attach it again from where it is now.");
        } catch (AccessDeniedException e) {
            return new Outcome(null, name + " may not be read (no permission); nothing was attached. Allow reading it, "
                    + "or attach a copy you can open.");
        } catch (java.nio.channels.ClosedByInterruptException e) {
            return new Outcome(null, name + " was not attached: adding it was cancelled.");
        } catch (IOException e) {
            return new Outcome(null, name + " could not be read (" + e.getMessage() + "); nothing was attached. "
                    + "Try again, or attach a copy saved on this computer.");
        }
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
