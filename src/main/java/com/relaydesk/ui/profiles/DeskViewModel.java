package com.relaydesk.ui.profiles;

import com.relaydesk.team.DeskLock;
import com.relaydesk.team.IdleLock;
import com.relaydesk.team.Profile;
import com.relaydesk.team.Profiles;
import com.relaydesk.ui.common.UiTasks;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Who works at this desktop, as the window shows it: the profile chip, the quick switch, the lock
 * screen and the idle lock. Switching locks; the next person unlocks as themselves. PIN and
 * passphrase checks (PBKDF2, a fraction of a second) run in the background.
 */
public final class DeskViewModel {

    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final UiTasks tasks;
    private final Clock clock;
    private final ObjectProperty<Profile> current = new SimpleObjectProperty<>();
    private final BooleanProperty locked = new SimpleBooleanProperty();
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> unlockAs = new SimpleObjectProperty<>();
    private final StringProperty lockMessage = new SimpleStringProperty("");
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private Runnable onSwitched = () -> { };
    private Runnable onLocked = () -> { };
    private DeskLock desk;
    private IdleLock idle;

    public DeskViewModel(UiTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The mailbox opened: show its current profile, locked when someone must say who they are. */
    public void attach(DeskLock opened) {
        this.desk = opened;
        this.idle = new IdleLock(clock, Duration.ZERO);
        opened.addListener((profile, isLocked) -> tasks.onUiThread(() -> {
            if (desk == opened) {
                show(profile, isLocked);
            }
        }));
        show(opened.current(), opened.locked());
        if (opened.locked()) {
            onLocked.run();
        }
        reload();
    }

    /** The mailbox closed: nothing to show or lock until the next one opens. */
    public void detach() {
        desk = null;
        idle = null;
        locked.set(false);
        current.set(null);
        profiles.clear();
    }

    /**
     * Reads the profiles and the idle time again (after the manage dialog changed them). The idle
     * lock is off while nobody could be kept out: one profile, no PIN.
     */
    public void reload() {
        DeskLock opened = desk;
        if (opened == null) {
            return;
        }
        tasks.run(() -> {
            opened.refresh();
            Profiles all = opened.profiles();
            return new Loaded(all.all(), all.lockKeepsSomeoneOut() ? all.idleLockMinutes() : 0);
        }, loaded -> {
            profiles.setAll(loaded.profiles());
            if (idle != null) {
                idle.setTimeout(Duration.ofMinutes(loaded.idleMinutes()));
            }
            if (unlockAs.get() != null) {
                unlockAs.set(loaded.profiles().stream().filter(p -> p.id() == unlockAs.get().id()).findFirst()
                        .orElse(opened.current()));
            }
        }, e -> lockMessage.set("Could not read the profiles: " + e.getMessage()));
    }

    private record Loaded(List<Profile> profiles, int idleMinutes) { }

    /** The chip's menu: lock, and let {@code profile} unlock as themselves. */
    public void switchTo(Profile profile) {
        lockAndOffer(profile);
    }

    /** Locks now, offering the current profile to unlock again. */
    public void lockNow() {
        if (desk != null) {
            lockAndOffer(desk.current());
        }
    }

    private void lockAndOffer(Profile profile) {
        unlockAs.set(profile);
        lockMessage.set("");
        locked.set(true);
        onLocked.run();
        desk.lock();
    }

    /** What the lock screen asks {@code profile} for, in words. */
    public static String askFor(Profile profile) {
        return switch (profile.unlock()) {
            case CLICK -> profile.name() + " has no PIN";
            case PIN -> profile.name() + ", enter your PIN";
            case PASSPHRASE -> profile.name() + ", enter your passphrase (the one that opens the mailbox)";
            case OS_PASSWORD -> profile.name() + ", enter your computer password (of " + profile.osUser() + ")";
        };
    }

    /** The secret's name for the lock screen's field: "PIN" or "Passphrase"; empty when none is asked. */
    public static String secretName(Profile profile) {
        return switch (profile.unlock()) {
            case CLICK -> "";
            case PIN -> "PIN";
            case PASSPHRASE -> "Passphrase";
            case OS_PASSWORD -> "Computer password";
        };
    }

    /** Unlock with a PIN or passphrase (ignored for a profile without one); the array is cleared after the check. */
    public void unlock(char[] pin) {
        DeskLock opened = desk;
        Profile who = unlockAs.get();
        if (opened == null || who == null || checking.get()) {
            return;
        }
        checking.set(true);
        tasks.run(() -> opened.unlock(who.id(), pin), check -> {
            checking.set(false);
            switch (check.result()) {
                case UNLOCKED -> {
                    lockMessage.set("");
                    if (idle != null) {
                        idle.touched();
                    }
                }
                case WRONG -> lockMessage.set(switch (who.unlock()) {
                    case PASSPHRASE -> "That is not " + who.name() + "'s passphrase. Try again (capitals count).";
                    case OS_PASSWORD -> "That is not the computer password of " + who.osUser() + ". Try again.";
                    default -> "Wrong PIN for " + who.name() + ". Try again.";
                });
                case WAIT -> lockMessage.set("Too many wrong " + switch (who.unlock()) {
                    case PASSPHRASE -> "passphrases";
                    case OS_PASSWORD -> "passwords";
                    default -> "PINs";
                } + ". Try again at " + HH_MM_SS.format(check.retryAt().atZone(ZoneId.systemDefault())) + ".");
                case OTHER_OS_USER -> lockMessage.set(who.name() + "'s profile unlocks with the computer password of "
                        + who.osUser() + ", and this RelayDesk runs as another user. Log in to the computer as "
                        + who.osUser() + ", or ask the owner to take the lock off in “Manage profiles…”.");
                case NO_OS_CHECK -> lockMessage.set(who.name() + "'s profile unlocks with the computer password, "
                        + "which this computer cannot check for RelayDesk. Ask the owner to take the lock off in "
                        + "“Manage profiles…”.");
                case REVOKED -> lockMessage.set("The owner has revoked " + who.name() + "'s access on this desktop: "
                        + "their passphrase opens neither the mailbox nor this profile any more. The owner can add "
                        + who.name() + " again in “Access on this desktop…”.");
            }
        }, e -> {
            checking.set(false);
            lockMessage.set(e.getMessage());
        });
    }

    /** Key or mouse input in any window of the app. */
    public void userActivity() {
        IdleLock watch = idle;
        if (watch != null && !locked.get()) {
            watch.touched();
        }
    }

    /** Asked on a timer: locks once the idle time passed without input. */
    public void checkIdle() {
        IdleLock watch = idle;
        if (watch != null && desk != null && !locked.get() && watch.due()) {
            lockNow();
        }
    }

    /** Called after the current profile changed (the lists show that person's read state). */
    public void onSwitched(Runnable action) {
        this.onSwitched = action;
    }

    /** Called when the desktop locks (the window hides what it shows). */
    public void onLocked(Runnable action) {
        this.onLocked = action;
    }

    private void show(Profile profile, boolean isLocked) {
        Profile before = current.get();
        current.set(profile);
        locked.set(isLocked);
        if (isLocked && unlockAs.get() == null) {
            unlockAs.set(profile);
        }
        if (before != null && profile != null && before.id() != profile.id()) {
            onSwitched.run();
        }
    }

    public DeskLock desk() {
        return desk;
    }

    public ObjectProperty<Profile> currentProperty() {
        return current;
    }

    public ObservableBooleanValue lockedProperty() {
        return locked;
    }

    public ObservableList<Profile> profiles() {
        return profiles;
    }

    /** Whom the lock screen unlocks as; the person picks themselves on it. */
    public ObjectProperty<Profile> unlockAsProperty() {
        return unlockAs;
    }

    public StringProperty lockMessageProperty() {
        return lockMessage;
    }

    public ObservableBooleanValue checkingProperty() {
        return checking;
    }

    /** The idle time in force (zero: never), for tests and the settings. */
    public Duration idleTimeout() {
        return idle == null ? Duration.ZERO : idle.timeout();
    }
}
