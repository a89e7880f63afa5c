package com.relaydesk.mail.imap;

import java.util.HashSet;
import java.util.Set;

/**
 * Says when the sync connection should be replaced by a fresh login before a sync.
 *
 * <p>A Dovecot session that has picked up a change to a maildir folder — new mail, flag changes
 * or expunges found by a sync, or its own APPEND or STORE — re-reads the folder's whole UID list
 * ({@code dovecot-uidlist}, 2.2 MB at 40,000 messages) on every later EXAMINE, SELECT or STATUS,
 * of Sent too, for as long as it lasts: 15–60 ms per open at 40,000 messages, growing with the
 * folder, where a fresh session answers the same {@code EXAMINE ... (QRESYNC ...)} in under 1 ms
 * (Dovecot 2.3.19; strace of the server process; the same happens after a LIST, or a STATUS of
 * a folder that is not selected). One login after such a change keeps every later no-change
 * sync independent of the mailbox size. The login comes at the start of the next sync round (a
 * second sync of a folder already synced), not between INBOX and Sent of the round that saw the
 * change. Other servers gain nothing from a new login, so only a server whose greeting names
 * Dovecot gets one.
 */
final class SessionRenewal {

    private final Set<String> syncedThisRound = new HashSet<>();
    private boolean dovecot;
    private boolean changed;
    private boolean renewDue;

    /** A new session began; {@code greeting} is its server greeting ({@code * OK [...] Dovecot ready.}). */
    void loggedIn(String greeting) {
        dovecot = greeting.contains("Dovecot");
        changed = false;
        renewDue = false;
    }

    /** True when this server gets fresh logins after changes (its greeting names Dovecot). */
    boolean renewsSessions() {
        return dovecot;
    }

    /** This session picked up or made a change to a folder. */
    void changed() {
        changed = true;
    }

    /**
     * Called before each folder sync; true when it should start on a fresh login. A folder synced
     * a second time starts a new round, and a change seen before that round asks for the login.
     */
    boolean renewBeforeSync(String folder) {
        if (!syncedThisRound.add(folder)) {
            syncedThisRound.clear();
            syncedThisRound.add(folder);
            renewDue = changed;
        }
        return dovecot && renewDue;
    }
}
