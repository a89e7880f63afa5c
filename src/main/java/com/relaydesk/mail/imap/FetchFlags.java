package com.relaydesk.mail.imap;

import com.relaydesk.platform.MailFlags;
import jakarta.mail.MessagingException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.FLAGS;
import org.eclipse.angus.mail.imap.protocol.UID;

/**
 * Flags of the messages in a UID range: all of them ({@code UID FETCH a:b (UID FLAGS)}, the scan
 * without CONDSTORE) or only those changed since a MODSEQ ({@code (CHANGEDSINCE m)}, RFC 7162).
 */
final class FetchFlags {

    private FetchFlags() {
    }

    /** UIDs are unsigned 32-bit numbers (RFC 3501). */
    private static final long MAX_UID = 4_294_967_295L;

    /** Flags of every message of a folder (opened here, read-only). */
    static Map<Long, Set<String>> all(org.eclipse.angus.mail.imap.IMAPStore store, String folderName) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
        folder.open(jakarta.mail.Folder.READ_ONLY);
        try {
            return inRange(folder, 1, MAX_UID, 0);
        } finally {
            folder.close(false);
        }
    }

    static Map<Long, Set<String>> inRange(IMAPFolder folder, long from, long to, long changedSince) throws MessagingException {
        Map<Long, Set<String>> flags = new HashMap<>();
        if (to < from) {
            return flags;
        }
        String command = "UID FETCH " + from + ":" + to + " (UID FLAGS)"
                + (changedSince > 0 ? " (CHANGEDSINCE " + changedSince + ")" : "");
        StreamingCommand.fetch(folder, command, fr -> {
            UID uid = fr.getItem(UID.class);
            FLAGS f = fr.getItem(FLAGS.class);
            if (uid != null && f != null && uid.uid >= from && uid.uid <= to) {
                flags.put(uid.uid, MailFlags.names(f));
            }
        });
        return flags;
    }
}
