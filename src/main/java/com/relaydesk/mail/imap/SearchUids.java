package com.relaydesk.mail.imap;

import jakarta.mail.MessagingException;
import java.util.Arrays;
import org.eclipse.angus.mail.imap.IMAPFolder;

/** {@code UID SEARCH}: the UIDs matching a criterion, ascending, without fetching anything. */
final class SearchUids {

    private SearchUids() {
    }

    /** UIDs present in the range a:b. */
    static long[] inRange(IMAPFolder folder, long from, long to) throws MessagingException {
        if (to < from) {
            return new long[0];
        }
        return search(folder, "UID SEARCH UID " + from + ":" + to, from, to);
    }

    /** UIDs of every message of a folder (opened here, read-only). */
    static long[] all(org.eclipse.angus.mail.imap.IMAPStore store, String folderName) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
        folder.open(jakarta.mail.Folder.READ_ONLY);
        try {
            return search(folder, "UID SEARCH ALL", 1, Long.MAX_VALUE);
        } finally {
            folder.close(false);
        }
    }

    /** UIDs of messages whose Message-ID header contains the id. */
    static long[] byMessageId(IMAPFolder folder, String messageId) throws MessagingException {
        String quoted = "\"" + messageId.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return search(folder, "UID SEARCH HEADER Message-ID " + quoted, 1, Long.MAX_VALUE);
    }

    private static long[] search(IMAPFolder folder, String command, long from, long to) throws MessagingException {
        long[][] buf = {new long[64]};
        int[] n = {0};
        StreamingCommand.run(folder, command, r -> {
            if (!r.keyEquals("SEARCH")) {
                return false;
            }
            for (long uid = r.readLong(); uid != -1; uid = r.readLong()) {
                if (uid < from || uid > to) {
                    continue;
                }
                if (n[0] == buf[0].length) {
                    buf[0] = Arrays.copyOf(buf[0], n[0] * 2);
                }
                buf[0][n[0]++] = uid;
            }
            return true;
        });
        long[] uids = Arrays.copyOf(buf[0], n[0]);
        Arrays.sort(uids);
        return uids;
    }
}
