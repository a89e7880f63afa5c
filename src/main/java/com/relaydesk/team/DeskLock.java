package com.relaydesk.team;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Who works on this desktop now, and whether the desktop is locked. Switching profile locks: the
 * next person unlocks as themselves (with their PIN or passphrase, or a click when they have none). The session
 * reads {@link #current()} as the actor of audit entries and claims.
 */
public final class DeskLock {

    /** Told on any thread when the current profile or the lock changes. */
    public interface Listener {
        void changed(Profile current, boolean locked);
    }

    private final Profiles profiles;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Profile current;
    private volatile boolean locked;

    /** Opens with the last profile used here; locked when someone must say who they are. */
    public DeskLock(Profiles profiles) {
        this.profiles = profiles;
        this.current = profiles.opening();
        this.locked = current.needsSecret() || profiles.all().size() > 1;
    }

    public Profile current() {
        return current;
    }

    public boolean locked() {
        return locked;
    }

    public Profiles profiles() {
        return profiles;
    }

    /** Locks now (idle time reached, or the person stepped away). */
    public void lock() {
        locked = true;
        fire();
    }

    /**
     * Unlocks as {@code profileId} when its secret fits — PIN or key-slot passphrase; a profile
     * without one needs none — and that profile becomes the current one. The array is cleared.
     */
    public Profiles.PinCheck unlock(long profileId, char[] pin) {
        try {
            Profiles.PinCheck check = profiles.check(profileId, pin);
            if (check.unlocked()) {
                current = profiles.find(profileId).orElseThrow();
                locked = false;
                profiles.used(profileId);
                fire();
            }
            return check;
        } finally {
            if (pin != null) {
                java.util.Arrays.fill(pin, '\0');
            }
        }
    }

    /** Re-reads the current profile after it was renamed or recoloured; falls back to the owner if removed. */
    public void refresh() {
        Profile now = current;
        current = profiles.find(now.id()).orElseGet(() -> {
            locked = true;
            return profiles.owner();
        });
        fire();
    }

    /** Test and single-person use: act as that profile without a lock (no PIN asked). */
    public void actAs(Profile profile) {
        current = Objects.requireNonNull(profile);
        locked = false;
        profiles.used(profile.id());
        fire();
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    private void fire() {
        Profile now = current;
        boolean isLocked = locked;
        listeners.forEach(l -> l.changed(now, isLocked));
    }
}
