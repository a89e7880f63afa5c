package com.relaydesk.mail.imap;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/** {@code UID STORE +FLAGS / -FLAGS} on one message or a set (\Answered, $NoResponseNeeded, $Reported). */
final class StoreFlags {

    private StoreFlags() {
    }

    /** Ranges per command: keeps each command line a few kilobytes, well under any server's limit. */
    static final int RANGES_PER_COMMAND = 500;

    static void on(IMAPStore store, String folderName, java.util.Collection<Long> uids, Set<String> add,
                   Set<String> remove) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
        folder.open(Folder.READ_WRITE);
        try {
            if (!add.isEmpty()) {
                Keywords.check(folder, add);
            }
            for (String set : uidSets(uids, RANGES_PER_COMMAND)) {
                if (!add.isEmpty()) {
                    try {
                        StreamingCommand.run(folder, "UID STORE " + set + " +FLAGS.SILENT " + list(add), r -> false);
                    } catch (MessagingException e) {
                        throw Keywords.orRefused(e, folder, add);
                    }
                }
                if (!remove.isEmpty()) {
                    StreamingCommand.run(folder, "UID STORE " + set + " -FLAGS.SILENT " + list(remove), r -> false);
                }
            }
        } finally {
            folder.close(false);
        }
    }

    /** UIDs as IMAP sequence sets ({@code 3:7,9,12:14}), at most {@code ranges} ranges in each. */
    static java.util.List<String> uidSets(java.util.Collection<Long> uids, int ranges) {
        long[] sorted = uids.stream().mapToLong(Long::longValue).filter(u -> u > 0).sorted().distinct().toArray();
        java.util.List<String> sets = new java.util.ArrayList<>();
        StringBuilder set = new StringBuilder();
        int inSet = 0;
        for (int i = 0; i < sorted.length; ) {
            int end = i;
            while (end + 1 < sorted.length && sorted[end + 1] == sorted[end] + 1) {
                end++;
            }
            if (inSet == ranges) {
                sets.add(set.toString());
                set.setLength(0);
                inSet = 0;
            }
            set.append(set.length() == 0 ? "" : ",").append(sorted[i]);
            if (end > i) {
                set.append(':').append(sorted[end]);
            }
            inSet++;
            i = end + 1;
        }
        if (set.length() > 0) {
            sets.add(set.toString());
        }
        return sets;
    }

    static String list(Set<String> flags) {
        for (String f : flags) {
            if (!f.matches("\\\\?[A-Za-z0-9$_.-]+")) {
                throw new IllegalArgumentException("not an IMAP flag name: " + f);
            }
        }
        return "(" + String.join(" ", flags) + ")";
    }
}
