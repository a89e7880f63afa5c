package com.relaydesk.mail.imap;

import com.relaydesk.mail.Capability;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import java.util.Set;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.iap.ResponseHandler;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.ResyncData;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;

/**
 * A folder the IDLE connection keeps open (EXAMINE) between waits, and what the server said about
 * it since the last sync: new mail (EXISTS), expunges (EXPUNGE, VANISHED) and flag changes (FETCH).
 * It listens on the connection itself, so what the server says during IDLE and during the sync's
 * own commands is heard alike, and nothing said between two IDLEs is missed.
 *
 * <p>Kept open because a Dovecot maildir re-reads its whole UID list for every open of the folder
 * in the second or two after new mail (README, Mail sync): the IDLE session has paid that already
 * when it reports the mail, and fetching it there costs ~2 ms at 50,000 messages where opening the
 * folder again on another connection cost 70–150 ms.
 */
final class WatchedFolder implements ResponseHandler {

    /**
     * What a sync needs of what was heard since the last {@link #take()}: whether new mail came, and
     * about how much (flag changes and expunges it asks the server for in any case).
     */
    record Heard(boolean newMail, long newMessages) { }

    private final IMAPFolder folder;
    private final boolean qresync;
    private final long uidNextAtOpen;
    private int exists;
    private boolean newMail;
    private long newMessages;
    private boolean changes;

    private WatchedFolder(IMAPFolder folder, boolean qresync) throws MessagingException {
        this.folder = folder;
        this.qresync = qresync;
        this.uidNextAtOpen = folder.getUIDNext();
        this.exists = folder.getMessageCount();
    }

    /**
     * Opens the folder read-only, with CONDSTORE (MODSEQs in every answer) and QRESYNC enabled when
     * the server has them: then expunges come as VANISHED and {@code UID FETCH ... (CHANGEDSINCE m
     * VANISHED)} can ask for them without opening the folder again.
     */
    static WatchedFolder open(IMAPStore store, String name, Set<Capability> caps) throws MessagingException {
        IMAPFolder f = (IMAPFolder) store.getFolder(name);
        boolean qresync = caps.contains(Capability.QRESYNC);
        if (qresync) {
            // ENABLE is only allowed before a folder is selected; Jakarta opens with CONDSTORE only
            // unless handed a cached state, which the watcher does not need.
            f.doCommand(p -> {
                if (!p.isEnabled("QRESYNC")) {
                    p.enable("QRESYNC");
                }
                return null;
            });
        }
        if (caps.contains(Capability.CONDSTORE)) {
            f.open(Folder.READ_ONLY, ResyncData.CONDSTORE);
        } else {
            f.open(Folder.READ_ONLY);
        }
        WatchedFolder watched = new WatchedFolder(f, qresync);
        f.doCommand(p -> {
            p.addResponseHandler(watched);
            return null;
        });
        return watched;
    }

    IMAPFolder folder() {
        return folder;
    }

    String name() {
        return folder.getFullName();
    }

    boolean qresync() {
        return qresync;
    }

    /** The folder's UIDNEXT when it was opened: mail at or above the cache's UIDNEXT below it is new to the cache. */
    long uidNextAtOpen() {
        return uidNextAtOpen;
    }

    @Override
    public synchronized void handleResponse(Response r) {
        if (!(r instanceof IMAPResponse ir) || !ir.isUnTagged()) {
            return;
        }
        if (ir.keyEquals("EXISTS")) {
            int n = ir.getNumber();
            newMail = true;  // whatever the count says: after unnoticed expunges it may not have grown
            newMessages += Math.max(0, n - exists);
            exists = n;
        } else if (ir.keyEquals("EXPUNGE")) {
            exists--;
            changes = true;
        } else if (ir.keyEquals("VANISHED") || ir.keyEquals("FETCH")) {
            changes = true;
        }
    }

    /** True when something was heard that no sync has taken yet. */
    synchronized boolean pending() {
        return newMail || changes;
    }

    /** What was heard since the last call; forgets it, so what comes during the sync is heard anew. */
    synchronized Heard take() {
        Heard h = new Heard(newMail, newMessages);
        newMail = false;
        newMessages = 0;
        changes = false;
        return h;
    }

    /** Closes the folder; any thread (it ends a running IDLE). */
    void close() {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException ignored) {
            // The connection is gone or going: nothing left to close.
        }
    }
}
