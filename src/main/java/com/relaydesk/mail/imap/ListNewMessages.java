package com.relaydesk.mail.imap;

import jakarta.mail.MessagingException;
import java.util.Arrays;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.RFC822SIZE;
import org.eclipse.angus.mail.imap.protocol.UID;

/**
 * UIDs and wire sizes of the messages from a UID on (one {@code UID FETCH n:* (UID RFC822.SIZE)}):
 * enough to plan download batches by size and to report progress, without any body.
 */
final class ListNewMessages {

    /** Ascending UIDs and their sizes, same length. */
    record Listing(long[] uids, long[] sizes) {
        long totalBytes() {
            return Arrays.stream(sizes).sum();
        }

        /** The part with UIDs below {@code uid}. */
        Listing below(long uid) {
            int end = 0;
            while (end < uids.length && uids[end] < uid) {
                end++;
            }
            return new Listing(Arrays.copyOf(uids, end), Arrays.copyOf(sizes, end));
        }
    }

    private ListNewMessages() {
    }

    static Listing from(IMAPFolder folder, long firstUid) throws MessagingException {
        long[][] buf = {new long[256], new long[256]};
        int[] n = {0};
        StreamingCommand.fetch(folder, "UID FETCH " + firstUid + ":* (UID RFC822.SIZE)", fr -> {
            UID uid = fr.getItem(UID.class);
            RFC822SIZE size = fr.getItem(RFC822SIZE.class);
            // "n:*" also matches the highest UID when it is below n (RFC 3501 §6.4.8): skip it.
            if (uid == null || uid.uid < firstUid) {
                return;
            }
            if (n[0] == buf[0].length) {
                buf[0] = Arrays.copyOf(buf[0], n[0] * 2);
                buf[1] = Arrays.copyOf(buf[1], n[0] * 2);
            }
            buf[0][n[0]] = uid.uid;
            buf[1][n[0]] = size == null ? 0 : size.size;
            n[0]++;
        });
        long[] uids = Arrays.copyOf(buf[0], n[0]);
        long[] sizes = Arrays.copyOf(buf[1], n[0]);
        // Servers answer in sequence order, which is UID order; sort anyway to be safe.
        if (!isSorted(uids)) {
            Integer[] idx = new Integer[uids.length];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i;
            }
            Arrays.sort(idx, (a, b) -> Long.compare(uids[a], uids[b]));
            long[] u = new long[uids.length];
            long[] s = new long[uids.length];
            for (int i = 0; i < idx.length; i++) {
                u[i] = uids[idx[i]];
                s[i] = sizes[idx[i]];
            }
            return new Listing(u, s);
        }
        return new Listing(uids, sizes);
    }

    private static boolean isSorted(long[] a) {
        for (int i = 1; i < a.length; i++) {
            if (a[i] < a[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
