package com.relaydesk.mail.imap;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/** The messages of a folder with a given Message-ID: how a send after a crash knows it already went. */
final class FindByMessageId {

    private FindByMessageId() {
    }

    static long[] in(IMAPStore store, String folderName, String messageId) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
        folder.open(Folder.READ_ONLY);
        try {
            return SearchUids.byMessageId(folder, messageId);
        } finally {
            folder.close(false);
        }
    }
}
