package com.relaydesk.mail.imap;

import java.util.Map;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * A folder opened (EXAMINE) for sync, with what the server said while opening it.
 *
 * @param changedFlags flag changes since the cached HIGHESTMODSEQ, when QRESYNC reported them
 * @param vanished     UIDs expunged since then, when QRESYNC reported them
 * @param method       "qresync", "condstore" or "scan"
 */
record OpenedFolder(IMAPFolder folder, long uidValidity, long uidNext, long highestModSeq, int exists,
        Map<Long, Set<String>> changedFlags, long[] vanished, String method) {
}
