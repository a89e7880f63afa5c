package com.relaydesk.mail.imap;

/**
 * Says when the sync connection should be replaced by a fresh login before the next sync.
 *
 * <p>A Dovecot session that has picked up a change to a maildir folder — new mail, flag changes
 * or expunges found by a sync, or its own APPEND or STORE — re-reads that folder's whole UID list
 * ({@code dovecot-uidlist}, 2 MB at 40,000 messages) on every later SELECT, EXAMINE or STATUS of
 * any folder, for as long as it lasts: 15–60 ms per open at 40,000 messages, growing with the
 * folder, where a fresh session answers the same {@code EXAMINE ... (QRESYNC ...)} in under 1 ms
 * (Dovecot 2.3.19, measured with strace on the server process; the same holds after a LIST, or
 * a STATUS of a folder that is not selected). One login after such a change keeps every later
 * no-change sync independent of the mailbox size. Other servers gain nothing from a new login, so
 * only a server whose greeting names Dovecot gets one.
 */
final class SessionRenewal {

    private final boolean dovecot;
    private boolean changed;

    /** @param greeting the server's greeting line ({@code * OK [...] Dovecot ready.}) */
    SessionRenewal(String greeting) {
        this.dovecot = greeting.contains("Dovecot");
    }

    /** This session picked up or made a change to a folder. */
    void changed() {
        changed = true;
    }

    /** True when the next sync should start on a fresh login. */
    boolean renewBeforeSync() {
        return dovecot && changed;
    }
}
