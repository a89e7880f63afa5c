package com.relaydesk.platform;

/**
 * Checks the password of the OS account RelayDesk runs under, so a profile can unlock with "my
 * computer password" instead of a PIN. Offered only where the system has a way to check it without
 * privileges ({@link UnixPasswordCheck} on Linux); elsewhere {@link #NONE}.
 */
public interface OsAccountPassword {

    /** Nothing here can check an OS password (macOS, Windows, a Linux without PAM's helper). */
    OsAccountPassword NONE = new OsAccountPassword() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public String currentUser() {
            return System.getProperty("user.name", "");
        }

        @Override
        public boolean matches(String user, char[] password) {
            return false;
        }
    };

    /** Whether this computer can check OS passwords at all. */
    boolean available();

    /** The OS account this RelayDesk runs as, e.g. {@code anna}. */
    String currentUser();

    /**
     * True when {@code password} is the OS password of {@code user}. The password never goes on a
     * command line; the array is not cleared here.
     */
    boolean matches(String user, char[] password);
}
