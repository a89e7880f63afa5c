package com.relaydesk.team;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One person working the mailbox on this desktop: the name the audit log shows, the initials a
 * claim carries ({@code $RDClaim_<initials>}) and the colour of their chip.
 *
 * <p>A profile unlocks in one of these ways: with a click (no secret), a PIN, the password of the
 * OS account it was set up under, or — for an assistant on a desktop whose mailbox password is in
 * the encrypted file — with the passphrase of the key slot it is linked to, the same one that opens
 * the mailbox ({@link KeySlots}).
 *
 * @param pinHash the PIN as {@link PinHasher} encodes it, null when the profile has no PIN
 * @param keySlot the name of the assistant key slot whose passphrase unlocks this profile, or null
 * @param osUser  the OS account whose password unlocks this profile ("my computer password"), or null
 */
public record Profile(long id, String name, String initials, String colour, boolean owner, String pinHash,
                      String keySlot, String osUser) {

    /** Which secret the lock screen asks for. */
    public enum Unlock { CLICK, PIN, PASSPHRASE, OS_PASSWORD }

    private static final Pattern INITIALS = Pattern.compile("[A-Z0-9]{1,4}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Profile {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A profile needs a name.");
        }
        if (initials == null || !INITIALS.matcher(initials).matches()) {
            // claims carry them as an IMAP keyword, which allows no spaces or punctuation
            throw new IllegalArgumentException("Initials are 1 to 4 capital letters or digits: " + initials);
        }
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("A colour is written #rrggbb: " + colour);
        }
        if ((pinHash != null ? 1 : 0) + (keySlot != null ? 1 : 0) + (osUser != null ? 1 : 0) > 1) {
            // one secret per person: a linked profile unlocks with its slot's passphrase only
            throw new IllegalArgumentException("A profile unlocks with one secret: a PIN, a passphrase or the "
                    + "computer password.");
        }
        if (owner && keySlot != null) {
            throw new IllegalArgumentException("The owner's profile has no assistant key slot.");
        }
    }

    /** A profile without a PIN or passphrase, as the owner adds it. */
    public static Profile open(String name, String initials, String colour, boolean owner) {
        return new Profile(0, name, initials, colour, owner, null, null, null);
    }

    public boolean hasPin() {
        return pinHash != null;
    }

    /** Whether the passphrase of an assistant key slot unlocks this profile (and no PIN does). */
    public boolean linkedToKeySlot() {
        return keySlot != null;
    }

    public Unlock unlock() {
        return keySlot != null ? Unlock.PASSPHRASE : pinHash != null ? Unlock.PIN
                : osUser != null ? Unlock.OS_PASSWORD : Unlock.CLICK;
    }

    /** True unless a click unlocks it. */
    public boolean needsSecret() {
        return unlock() != Unlock.CLICK;
    }

    public Profile withName(String newName, String newInitials) {
        return new Profile(id, newName.trim(), newInitials, colour, owner, pinHash, keySlot, osUser);
    }

    public Profile withColour(String newColour) {
        return new Profile(id, name, initials, newColour, owner, pinHash, keySlot, osUser);
    }

    /** Never prints the PIN hash. */
    @Override
    public String toString() {
        return "Profile[" + id + " " + name + " (" + initials + ")" + (owner ? " owner" : "") + "]";
    }
}
