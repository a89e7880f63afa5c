package com.relaydesk.mail.imap;

import com.relaydesk.platform.MailFlags;
import com.relaydesk.mail.Capability;
import com.relaydesk.mail.FolderSyncState;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.event.MailEvent;
import jakarta.mail.event.MessageChangedEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.MessageVanishedEvent;
import org.eclipse.angus.mail.imap.ResyncData;

/**
 * Opens a folder read-only the cheapest way the server allows: with QRESYNC the one EXAMINE
 * also returns every flag change and expunge since the cached state (RFC 7162 §3.2.5), so an
 * unchanged folder costs one round trip.
 */
final class OpenFolderForSync {

    private OpenFolderForSync() {
    }

    static OpenedFolder open(IMAPStore store, String name, FolderSyncState cached, Set<Capability> caps)
            throws MessagingException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(name);
        boolean qresync = caps.contains(Capability.QRESYNC) && cached.uidValidity() > 0 && cached.highestModSeq() > 0;
        List<MailEvent> events = null;
        String method;
        if (qresync) {
            events = folder.open(Folder.READ_ONLY, new ResyncData(cached.uidValidity(), cached.highestModSeq()));
            method = "qresync";
        } else if (caps.contains(Capability.CONDSTORE)) {
            events = folder.open(Folder.READ_ONLY, ResyncData.CONDSTORE);
            method = "condstore";
        } else {
            folder.open(Folder.READ_ONLY);
            method = "scan";
        }
        Map<Long, Set<String>> changed = new HashMap<>();
        long[] vanished = new long[0];
        if (events != null) {
            for (MailEvent e : events) {
                if (e instanceof MessageVanishedEvent v) {
                    long[] uids = v.getUIDs();
                    long[] all = java.util.Arrays.copyOf(vanished, vanished.length + uids.length);
                    System.arraycopy(uids, 0, all, vanished.length, uids.length);
                    vanished = all;
                } else if (e instanceof MessageChangedEvent c) {
                    Message m = c.getMessage();
                    long uid = folder.getUID(m);
                    if (uid > 0) {
                        changed.put(uid, MailFlags.names(m.getFlags()));
                    }
                }
            }
        }
        long highest = caps.contains(Capability.CONDSTORE) ? folder.getHighestModSeq() : 0;
        return new OpenedFolder(folder, folder.getUIDValidity(), folder.getUIDNext(), Math.max(0, highest),
                folder.getMessageCount(), changed, vanished, method);
    }
}
