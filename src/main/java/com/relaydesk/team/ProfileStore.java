package com.relaydesk.team;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where the profiles of one account live on this desktop (the account's cache implements it).
 * Adding a profile also gives it the mailbox's read state as it is now, so a new assistant does
 * not start with every old message in bold.
 */
public interface ProfileStore {

    /** Every profile, the owner first, then by name. */
    List<Profile> all();

    Optional<Profile> find(long id);

    /** Stores a new profile (its id is ignored) and returns it with its id. */
    Profile add(Profile profile);

    /** As {@link #add(Profile)}, recorded in the audit log as done by {@code addedBy} (the owner who added it). */
    default Profile add(Profile profile, String addedBy) {
        return add(profile);
    }

    /** Saves name, initials and colour. */
    void update(Profile profile);

    /**
     * Stores a PIN hash, or null to take the PIN off; either way the profile no longer unlocks with
     * the computer password.
     */
    void setPinHash(long profileId, String pinHash);

    /** The OS account whose password unlocks the profile from now on (its PIN is taken off). */
    void setOsUser(long profileId, String osUser);

    /**
     * Links a profile to an assistant key slot (its passphrase unlocks the profile from now on) and
     * takes its PIN off; null unlinks.
     */
    void setKeySlot(long profileId, String keySlot);

    /** Removes the profile with its read state and drafts. */
    void remove(long profileId);

    /** The profile that worked here last, to open with. */
    OptionalLong lastUsed();

    void setLastUsed(long profileId);

    /** Minutes without input before the desktop locks; 0 = never. */
    Optional<Integer> idleLockMinutes();

    void setIdleLockMinutes(int minutes);

    /** The text size and theme this profile chose, as the window writes them down; empty until it chooses. */
    Optional<String> appearance(long profileId);

    void setAppearance(long profileId, String appearance);
}
