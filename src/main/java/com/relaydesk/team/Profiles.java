package com.relaydesk.team;

import com.relaydesk.platform.OsAccountPassword;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The profiles of one account on this desktop and what may be done with them. The owner adds
 * and removes profiles and may take anyone's PIN off (a forgotten PIN); everyone changes their
 * own name, colour and PIN. An assistant's profile linked to their key slot unlocks with that
 * slot's passphrase instead of a PIN ({@link KeySlots}). Secrets are checked here, and a run of
 * wrong ones makes the next try wait.
 */
public final class Profiles {

    /** Chip colours, readable with white initials; a new profile takes the first one not in use. */
    public static final List<String> PALETTE = List.of("#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed",
            "#0891b2", "#dc2626", "#4b5563");
    public static final int DEFAULT_IDLE_LOCK_MINUTES = 10;
    static final int FREE_TRIES = 5;
    static final Duration WAIT_AFTER_TRIES = Duration.ofSeconds(30);

    /**
     * What a check found. {@code REVOKED}: the profile unlocks with a key slot's passphrase and the
     * owner has revoked that slot, so nothing unlocks it any more. {@code OTHER_OS_USER}: it unlocks
     * with the computer password of another OS account than the one running now.
     * {@code NO_OS_CHECK}: it unlocks with a computer password and this computer cannot check one.
     */
    public enum Check { UNLOCKED, WRONG, WAIT, REVOKED, OTHER_OS_USER, NO_OS_CHECK }

    /** The result of a PIN check; {@code retryAt} is set for {@link Check#WAIT}. */
    public record PinCheck(Check result, Instant retryAt) {
        public boolean unlocked() {
            return result == Check.UNLOCKED;
        }
    }

    private final ProfileStore store;
    private final PinHasher hasher;
    private final Clock clock;
    private final Map<Long, Integer> wrongTries = new HashMap<>();
    private final Map<Long, Instant> blockedUntil = new HashMap<>();
    private volatile KeySlots keySlots = KeySlots.NONE;
    private volatile OsAccountPassword osPassword = OsAccountPassword.NONE;

    public Profiles(ProfileStore store, PinHasher hasher, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * The desktop's key slots, once the app knows where the mailbox credential is (the cache opens
     * first). Profiles named like a slot and not yet linked are linked now ({@link #linkByName}).
     */
    public void useKeySlots(KeySlots slots) {
        this.keySlots = java.util.Objects.requireNonNull(slots);
        if (slots.offered()) {
            linkByName(slots.names());
        }
    }

    public KeySlots keySlots() {
        return keySlots;
    }

    /** How this computer checks OS passwords ({@link OsAccountPassword#NONE} where it cannot). */
    public void useOsPassword(OsAccountPassword check) {
        this.osPassword = java.util.Objects.requireNonNull(check);
    }

    public OsAccountPassword osPassword() {
        return osPassword;
    }

    /**
     * One's own profile unlocks with the password of the OS account running now instead of a PIN.
     * The password is checked once here, so a typo does not lock the person out; only the account's
     * name is stored. Another OS account cannot unlock the profile this way.
     */
    public synchronized void useComputerPassword(Profile actor, long id, char[] password) {
        if (actor.id() != id) {
            throw new IllegalArgumentException("Only " + nameOf(id) + " can choose their own computer password.");
        }
        requireNoKeySlot(id);
        OsAccountPassword check = osPassword;
        if (!check.available()) {
            throw new IllegalArgumentException("This computer cannot check its users' passwords for RelayDesk. "
                    + "Set a PIN instead.");
        }
        String user = check.currentUser();
        if (password == null || password.length == 0 || !check.matches(user, password)) {
            throw new IllegalArgumentException("That is not the computer password of " + user + ". Type the "
                    + "password you log in to this computer with.");
        }
        store.setOsUser(id, user);
        wrongTries.remove(id);
        blockedUntil.remove(id);
    }

    /**
     * First run on this account: one owner profile named after the computer's user, with no PIN,
     * so a seller alone at the desk sees no change. Returns the owner.
     */
    public synchronized Profile ensureOwner(String userName) {
        Optional<Profile> owner = store.all().stream().filter(Profile::owner).findFirst();
        if (owner.isPresent()) {
            return owner.get();
        }
        String name = userName == null || userName.isBlank() ? "Owner" : userName.trim();
        Set<String> taken = store.all().stream().map(Profile::initials).collect(Collectors.toSet());
        return store.add(Profile.open(name, Initials.unique(name, taken), PALETTE.get(0), true));
    }

    public List<Profile> all() {
        return store.all();
    }

    public Optional<Profile> find(long id) {
        return store.find(id);
    }

    public Profile owner() {
        return store.all().stream().filter(Profile::owner).findFirst()
                .orElseThrow(() -> new IllegalStateException("no owner profile: call ensureOwner first"));
    }

    /** The owner adds a profile; it gets unique initials and a colour not yet in use. */
    public synchronized Profile add(Profile actor, String name) {
        requireOwner(actor, "add profiles");
        return addProfile(name, actor.name());
    }

    private Profile addProfile(String name) {
        return addProfile(name, null);
    }

    /** @param addedBy who adds it, for the audit log; null when it adds itself (an OS account signing in) */
    private Profile addProfile(String name, String addedBy) {
        String clean = cleanName(name, 0);
        List<Profile> existing = store.all();
        Set<String> taken = existing.stream().map(Profile::initials).collect(Collectors.toSet());
        Set<String> used = existing.stream().map(p -> p.colour().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String colour = PALETTE.stream().filter(c -> !used.contains(c)).findFirst()
                .orElse(PALETTE.get(existing.size() % PALETTE.size()));
        Profile added = Profile.open(clean, Initials.unique(clean, taken), colour, false);
        return addedBy == null ? store.add(added) : store.add(added, addedBy);
    }

    /**
     * The profile of the assistant whose key slot is {@code slot}: the one linked to it, else a
     * profile of that name (linked now, its PIN taken off), else a new linked profile. Called when
     * the owner gives an assistant access and when an assistant opens the mailbox with their
     * passphrase.
     */
    public synchronized Profile forKeySlot(String slot) {
        Optional<Profile> linked = linkedTo(slot);
        if (linked.isPresent()) {
            return linked.get();
        }
        Profile named = store.all().stream().filter(p -> !p.owner() && !p.linkedToKeySlot()
                && p.name().equalsIgnoreCase(slot.strip())).findFirst().orElseGet(() -> addProfile(
                        // the owner's (or a linked) profile has that name: the assistant never becomes them
                        store.all().stream().anyMatch(p -> p.name().equalsIgnoreCase(slot.strip()))
                                ? slot.strip() + " (assistant)" : slot));
        return link(named, slot);
    }

    /**
     * Links each unlinked assistant profile whose name is a slot's name (how profiles and slots
     * were paired before the link existed); returns how many were linked.
     */
    public synchronized int linkByName(List<String> slotNames) {
        int linked = 0;
        for (String slot : slotNames) {
            if (linkedTo(slot).isPresent()) {
                continue;
            }
            Optional<Profile> named = store.all().stream().filter(p -> !p.owner() && !p.linkedToKeySlot()
                    && p.name().equalsIgnoreCase(slot.strip())).findFirst();
            if (named.isPresent()) {
                link(named.get(), slot);
                linked++;
            }
        }
        return linked;
    }

    private Optional<Profile> linkedTo(String slot) {
        return store.all().stream().filter(p -> p.linkedToKeySlot() && p.keySlot().equalsIgnoreCase(slot.strip()))
                .findFirst();
    }

    private Profile link(Profile profile, String slot) {
        store.setKeySlot(profile.id(), slot.strip());
        wrongTries.remove(profile.id());
        blockedUntil.remove(profile.id());
        return store.find(profile.id()).orElseThrow();
    }

    /**
     * Changes the passphrase of one's own linked profile, which is the passphrase of its key slot:
     * the mailbox and the profile open with the new one from now on.
     */
    public synchronized void changePassphrase(Profile actor, long id, char[] current, char[] next) {
        Profile target = store.find(id).orElseThrow(() -> new IllegalArgumentException("That profile was removed."));
        if (actor.id() != id) {
            throw new IllegalArgumentException("Only " + target.name() + " can change their own passphrase.");
        }
        if (!target.linkedToKeySlot()) {
            throw new IllegalArgumentException(target.name() + " unlocks with a PIN, not a passphrase.");
        }
        keySlots.change(target.keySlot(), current, next);
    }

    /** New name; the initials follow it unless {@code initials} gives them. */
    public synchronized Profile rename(Profile actor, long id, String name, String initials) {
        Profile target = mayChange(actor, id);
        String clean = cleanName(name, id);
        Set<String> taken = store.all().stream().filter(p -> p.id() != id).map(Profile::initials)
                .collect(Collectors.toSet());
        String chosen = initials == null || initials.isBlank()
                ? Initials.unique(clean, taken) : initials.trim().toUpperCase(Locale.ROOT);
        if (taken.contains(chosen)) {
            throw new IllegalArgumentException("The initials " + chosen + " are taken by another profile: claims would"
                    + " not tell you apart. Choose others.");
        }
        Profile renamed = target.withName(clean, chosen);
        store.update(renamed);
        return renamed;
    }

    public synchronized Profile recolour(Profile actor, long id, String colour) {
        Profile changed = mayChange(actor, id).withColour(colour);
        store.update(changed);
        return changed;
    }

    /** Sets or replaces the PIN of one's own profile; only the hash is stored. */
    public synchronized void setPin(Profile actor, long id, char[] pin) {
        if (actor.id() != id) {
            throw new IllegalArgumentException("Only " + nameOf(id) + " can set their own PIN.");
        }
        requireNoKeySlot(id);
        store.setPinHash(id, hasher.hash(pin));
    }

    /**
     * Takes a PIN (or the computer password) off: one's own, or anyone's for the owner (a forgotten
     * PIN, a changed OS account).
     */
    public synchronized void clearPin(Profile actor, long id) {
        mayChange(actor, id);
        requireNoKeySlot(id);
        store.setPinHash(id, null);
        wrongTries.remove(id);
        blockedUntil.remove(id);
    }

    /** The owner removes a profile with its read state and drafts; the owner's own profile stays. */
    public synchronized void remove(Profile actor, long id) {
        requireOwner(actor, "remove profiles");
        Profile target = store.find(id).orElseThrow(() -> new IllegalArgumentException("That profile is gone already."));
        if (target.owner()) {
            throw new IllegalArgumentException("The owner's profile cannot be removed.");
        }
        store.remove(id);
    }

    /**
     * Checks a PIN, or the passphrase of the profile's key slot, for unlocking; a profile without
     * either unlocks with any input (a click).
     */
    public synchronized PinCheck check(long id, char[] pin) {
        Profile target = store.find(id).orElseThrow(() -> new IllegalArgumentException("That profile was removed."));
        if (!target.needsSecret()) {
            return new PinCheck(Check.UNLOCKED, null);
        }
        Instant now = clock.instant();
        Instant until = blockedUntil.get(id);
        if (until != null && now.isBefore(until)) {
            return new PinCheck(Check.WAIT, until);
        }
        boolean fits;
        if (target.unlock() == Profile.Unlock.OS_PASSWORD) {
            OsAccountPassword check = osPassword;
            if (!check.available()) {
                return new PinCheck(Check.NO_OS_CHECK, null);
            }
            if (!check.currentUser().equals(target.osUser())) {
                return new PinCheck(Check.OTHER_OS_USER, null);
            }
            fits = pin != null && pin.length > 0 && check.matches(target.osUser(), pin);
        } else if (target.linkedToKeySlot()) {
            KeySlots.Answer answer = pin == null ? KeySlots.Answer.WRONG : keySlots.check(target.keySlot(), pin);
            if (answer == KeySlots.Answer.NO_SLOT) {
                return new PinCheck(Check.REVOKED, null);
            }
            fits = answer == KeySlots.Answer.OPENS;
        } else {
            fits = hasher.matches(pin, target.pinHash());
        }
        if (fits) {
            wrongTries.remove(id);
            blockedUntil.remove(id);
            return new PinCheck(Check.UNLOCKED, null);
        }
        int tries = wrongTries.merge(id, 1, Integer::sum);
        if (tries >= FREE_TRIES) {
            // slows guessing at the desk; the hash's rounds slow guessing on a copied file
            blockedUntil.put(id, now.plus(WAIT_AFTER_TRIES));
            return new PinCheck(Check.WAIT, now.plus(WAIT_AFTER_TRIES));
        }
        return new PinCheck(Check.WRONG, null);
    }

    /** Minutes without input before the desktop locks; 0 = never. */
    /**
     * Whether a lock keeps anyone out here: the desktop has several profiles, or one that needs a
     * secret. A seller alone without a PIN would only be made to click Unlock, so the idle lock
     * leaves them be (the README's "never shows a lock"); Lock now still works.
     */
    public boolean lockKeepsSomeoneOut() {
        List<Profile> everyone = store.all();
        return everyone.size() > 1 || everyone.stream().anyMatch(Profile::needsSecret);
    }

    public int idleLockMinutes() {
        return store.idleLockMinutes().orElse(DEFAULT_IDLE_LOCK_MINUTES);
    }

    public void setIdleLockMinutes(int minutes) {
        if (minutes < 0 || minutes > 24 * 60) {
            throw new IllegalArgumentException("The idle time is 0 (never lock) to 1440 minutes.");
        }
        store.setIdleLockMinutes(minutes);
    }

    /** The text size and theme {@code id} chose (opaque here: the window reads and writes them); empty until then. */
    public Optional<String> appearance(long id) {
        return store.appearance(id);
    }

    public void setAppearance(long id, String appearance) {
        store.setAppearance(id, appearance);
    }

    /** The profile to open with: the last one used here, else the owner. */
    public Profile opening() {
        java.util.OptionalLong last = store.lastUsed();
        return (last.isPresent() ? store.find(last.getAsLong()) : Optional.<Profile>empty()).orElseGet(this::owner);
    }

    void used(long id) {
        store.setLastUsed(id);
    }

    private Profile mayChange(Profile actor, long id) {
        Profile target = store.find(id).orElseThrow(() -> new IllegalArgumentException("That profile was removed."));
        if (actor.id() != id && !actor.owner()) {
            throw new IllegalArgumentException("Only " + target.name() + " or the owner can change this profile.");
        }
        return target;
    }

    private void requireNoKeySlot(long id) {
        Profile target = store.find(id).orElseThrow(() -> new IllegalArgumentException("That profile was removed."));
        if (target.linkedToKeySlot()) {
            throw new IllegalArgumentException(target.name() + " unlocks with the passphrase that opens the mailbox "
                    + "for them, so their profile has no PIN. The owner takes access away with Revoke in "
                    + "“Access on this desktop…”.");
        }
    }

    private void requireOwner(Profile actor, String what) {
        if (!actor.owner()) {
            throw new IllegalArgumentException("Only the owner (" + owner().name() + ") can " + what + ".");
        }
    }

    private String cleanName(String name, long self) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("Enter a name for the profile.");
        }
        if (clean.length() > 60) {
            throw new IllegalArgumentException("A profile name has at most 60 characters.");
        }
        boolean taken = store.all().stream()
                .anyMatch(p -> p.id() != self && p.name().equalsIgnoreCase(clean));
        if (taken) {
            throw new IllegalArgumentException("There is already a profile named " + clean + ".");
        }
        return clean;
    }

    private String nameOf(long id) {
        return store.find(id).map(Profile::name).orElse("that person");
    }
}
