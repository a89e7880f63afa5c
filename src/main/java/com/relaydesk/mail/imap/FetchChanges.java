package com.relaydesk.mail.imap;

import com.relaydesk.platform.MailFlags;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.FLAGS;
import org.eclipse.angus.mail.imap.protocol.MODSEQ;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.eclipse.angus.mail.imap.protocol.UIDSet;

/**
 * Flag changes, and with QRESYNC expunges, since a MODSEQ on a folder that is open already:
 * {@code UID FETCH 1:n (UID FLAGS) (CHANGEDSINCE m VANISHED)} (RFC 7162 §3.1.4, §3.2.6) — what
 * {@code EXAMINE ... (QRESYNC ...)} would report, without opening the folder again.
 */
final class FetchChanges {

    /**
     * @param flags         UID → full new flag set, of every message changed since the MODSEQ asked for
     * @param vanished      UIDs expunged since then (only with QRESYNC)
     * @param highestModSeq the highest MODSEQ among the changed messages (0 when none changed)
     */
    record Changes(Map<Long, Set<String>> flags, List<Long> vanished, long highestModSeq) { }

    private FetchChanges() {
    }

    static Changes since(IMAPFolder folder, long top, long modSeq, boolean vanished) throws MessagingException {
        Map<Long, Set<String>> flags = new HashMap<>();
        List<Long> gone = new ArrayList<>();
        long[] highest = {0};
        if (top < 1) {
            return new Changes(flags, gone, 0);
        }
        String command = "UID FETCH 1:" + top + " (UID FLAGS) (CHANGEDSINCE " + modSeq + (vanished ? " VANISHED)" : ")");
        StreamingCommand.run(folder, command, r -> {
            if (r.keyEquals("VANISHED")) {
                String[] earlier = r.readAtomStringList();
                for (long uid : UIDSet.toArray(UIDSet.parseUIDSets(r.readAtom()))) {
                    if (uid <= top) {
                        gone.add(uid);
                    }
                }
                // VANISHED (EARLIER) answers this command; a plain VANISHED is an expunge happening
                // now, which the folder must hear too to keep its message numbers right.
                if (earlier == null) {
                    r.reset();
                    r.readAtom();
                    return false;
                }
                return true;
            }
            if (!(r instanceof org.eclipse.angus.mail.imap.protocol.FetchResponse fr)) {
                return false;
            }
            UID uid = fr.getItem(UID.class);
            FLAGS f = fr.getItem(FLAGS.class);
            MODSEQ ms = fr.getItem(MODSEQ.class);
            if (uid != null && f != null && uid.uid >= 1 && uid.uid <= top) {
                flags.put(uid.uid, MailFlags.names(f));
                if (ms != null) {
                    highest[0] = Math.max(highest[0], ms.modseq);
                }
            }
            return true;
        });
        return new Changes(flags, gone, highest[0]);
    }
}
