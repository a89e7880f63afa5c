package com.relaydesk.team;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One person working the mailbox on this desktop: the name the audit log shows, the initials a
 * claim carries ({@code $RDClaim_<initials>_…}) and the colour of their chip.
 *
 * @param pinHash the PIN as {@link PinHasher} encodes it, null when the profile has no PIN
 */
public record Profile(long id, String name, String initials, String colour, boolean owner, String pinHash) {

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
    }

    public boolean hasPin() {
        return pinHash != null;
    }

    public Profile withName(String newName, String newInitials) {
        return new Profile(id, newName.trim(), newInitials, colour, owner, pinHash);
    }

    public Profile withColour(String newColour) {
        return new Profile(id, name, initials, newColour, owner, pinHash);
    }

    /** Never prints the PIN hash. */
    @Override
    public String toString() {
        return "Profile[" + id + " " + name + " (" + initials + ")" + (owner ? " owner" : "") + "]";
    }
}
