package com.relaydesk.team;

import java.util.List;

/**
 * The assistants' key slots of the encrypted secrets file, as profiles use them. A profile linked
 * to a slot unlocks with the passphrase that opens that slot: one secret opens both the mailbox and
 * the profile, revoking the slot locks the person out of the profile too, and changing the
 * passphrase changes both. Desktops with an OS keyring have no slots ({@link #NONE}); their
 * profiles keep PINs.
 */
public interface KeySlots {

    /** What a passphrase does to a slot. */
    enum Answer { OPENS, WRONG, NO_SLOT }

    /** No slots here: the desktop keyring, the demo, tests. */
    KeySlots NONE = new KeySlots() {
        @Override
        public boolean offered() {
            return false;
        }

        @Override
        public List<String> names() {
            return List.of();
        }

        @Override
        public Answer check(String slot, char[] passphrase) {
            return Answer.NO_SLOT;
        }

        @Override
        public void change(String slot, char[] current, char[] next) {
            throw new IllegalArgumentException("This desktop keeps no passphrases: the mailbox password is in the "
                    + "desktop keyring.");
        }
    };

    /** Whether this desktop keeps the mailbox credential in the file with key slots. */
    boolean offered();

    /** The slots' names (the assistants' names given in "Access on this desktop"). */
    List<String> names();

    /** Tries {@code passphrase} on the slot named {@code slot} (names compare ignoring case). */
    Answer check(String slot, char[] passphrase);

    /**
     * Gives the slot a new passphrase, after {@code current} opened it.
     *
     * @throws IllegalArgumentException with a sentence for the person when {@code current} is wrong,
     *         the slot is gone or {@code next} is too short
     */
    void change(String slot, char[] current, char[] next);
}
