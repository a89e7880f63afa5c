package com.relaydesk.ui.appearance;

import com.relaydesk.ui.common.UiTasks;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/**
 * The text size and theme in force, the commands that change them, and where they are kept: on
 * this desktop (read before the first window at the next start) and, while a mailbox is open, with
 * the profile of the person working, so on a shared desktop each person's choice comes back when
 * they unlock. Saving runs in the background, one save after another in the order made.
 */
public final class AppearanceViewModel {

    private static final Logger LOG = Logger.getLogger(AppearanceViewModel.class.getName());

    private final ObjectProperty<TextSize> textSize;
    private final BooleanProperty dark;
    private final BooleanBinding atLargest;
    private final BooleanBinding atSmallest;
    private final BooleanBinding atActual;
    private final UiTasks tasks;
    private final Consumer<Appearance> keepOnDesktop;
    private final Deque<Runnable> saves = new ArrayDeque<>();
    private boolean saving;
    private Consumer<String> keepForPerson;
    private boolean showingSaved;
    /** Counts changes: a person's saved choice that arrives after a newer change is not laid over it. */
    private long changes;

    /**
     * @param initial       what this desktop used last (or the default)
     * @param keepOnDesktop writes it for the next start; called in the background
     */
    public AppearanceViewModel(Appearance initial, UiTasks tasks, Consumer<Appearance> keepOnDesktop) {
        this.textSize = new SimpleObjectProperty<>(initial.textSize());
        this.dark = new SimpleBooleanProperty(initial.dark());
        this.tasks = tasks;
        this.keepOnDesktop = keepOnDesktop;
        atLargest = Bindings.createBooleanBinding(() -> textSize.get().larger() == textSize.get(), textSize);
        atSmallest = Bindings.createBooleanBinding(() -> textSize.get().smaller() == textSize.get(), textSize);
        atActual = textSize.isEqualTo(TextSize.ACTUAL);
        textSize.addListener((obs, old, size) -> changed());
        dark.addListener((obs, old, isDark) -> changed());
    }

    public void larger() {
        textSize.set(textSize.get().larger());
    }

    public void smaller() {
        textSize.set(textSize.get().smaller());
    }

    public void actualSize() {
        textSize.set(TextSize.ACTUAL);
    }

    public Appearance current() {
        return new Appearance(textSize.get(), dark.get());
    }

    /**
     * The person working now (the mailbox opened, or someone else unlocked): their saved choice,
     * if they made one, replaces what shows; their changes are kept with them from now on.
     *
     * @param saved read in the background; empty when they never chose
     * @param keep  writes their choice ({@link Appearance#written()}), in the background
     */
    public void forPerson(Supplier<Optional<String>> saved, Consumer<String> keep) {
        keepForPerson = keep;
        long seen = changes;
        tasks.run(saved::get, written -> {
            if (keepForPerson == keep && changes == seen) {
                written.ifPresent(this::show);
            }
        }, e -> LOG.log(Level.WARNING, "The text size and theme of the person working could not be read", e));
    }

    /** No mailbox open: changes are kept on this desktop only. */
    public void forNobody() {
        keepForPerson = null;
    }

    private void show(String written) {
        Appearance saved;
        try {
            saved = Appearance.parse(written);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "A profile's saved appearance could not be read; what shows stays", e);
            return;
        }
        showingSaved = true; // theirs already: only this desktop's file needs it
        try {
            textSize.set(saved.textSize());
            dark.set(saved.dark());
        } finally {
            showingSaved = false;
        }
    }

    private void changed() {
        changes++;
        Appearance now = current();
        Consumer<String> person = showingSaved ? null : keepForPerson;
        save(() -> {
            keepOnDesktop.accept(now);
            if (person != null) {
                person.accept(now.written());
            }
        });
    }

    /** Saves in turn on one background task, so two quick presses are never written out of order. */
    private void save(Runnable write) {
        synchronized (saves) {
            saves.add(write);
            if (saving) {
                return;
            }
            saving = true;
        }
        tasks.run(this::drain, done -> { }, e -> { });
    }

    private Void drain() {
        while (true) {
            Runnable next;
            synchronized (saves) {
                next = saves.poll();
                if (next == null) {
                    saving = false;
                    return null;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The text size and theme could not be saved", e);
            }
        }
    }

    public ObservableBooleanValue atLargestProperty() {
        return atLargest;
    }

    public ObservableBooleanValue atSmallestProperty() {
        return atSmallest;
    }

    /** At 100 %. */
    public ObservableBooleanValue atActualSizeProperty() {
        return atActual;
    }

    /** The menu's "Actual size", saying the size now when it is another: "Actual size (now 130%)". */
    public ObservableValue<String> actualSizeTextProperty() {
        return textSize.map(size -> size == TextSize.ACTUAL ? "Actual size" : "Actual size (now " + size + ")");
    }

    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}
