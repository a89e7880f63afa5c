package com.relaydesk.relay;

import com.icegreen.greenmail.store.MailFolder;
import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Puts a snapshot's UIDs, UIDNEXTs and UIDVALIDITYs back on a resumed relay's folders, so that a
 * client's cache of a folder still holds and its next sync has nothing to reload. A folder gets
 * its saved UIDVALIDITY only when each of its messages got its saved UID; otherwise it keeps
 * GreenMail's new one, and clients reload it as after any UIDVALIDITY change.
 */
final class SavedUids {

    private static final Logger LOG = Logger.getLogger(SavedUids.class.getName());

    private final GreenMailUidFields fields;

    /** Folders where a message did not get its saved UID: their UIDVALIDITY must change. */
    private final Set<MailFolder> renumbered = Collections.newSetFromMap(new IdentityHashMap<>());

    SavedUids(GreenMailUidFields fields) {
        this.fields = fields;
    }

    /** Appends a saved message at its saved UID when it has one above the folder's UIDs so far. */
    void append(MailFolder folder, StoredMail mail, MimeMessage message, Flags flags, Date received) {
        if (mail.uid() >= folder.getUIDNext() && fields.settable(folder)) {
            fields.setNextUid(folder, mail.uid());
        }
        if (folder.appendMessage(message, flags, received) != mail.uid()) {
            renumbered.add(folder);
        }
    }

    /** After the folder's messages: its saved UIDNEXT and UIDVALIDITY, when all its UIDs are the saved ones. */
    void finish(MailFolder folder, StoredFolder saved) {
        if (!fields.settable(folder)) {
            return; // GreenMailUidFields said why, once
        }
        if (renumbered.contains(folder)) {
            LOG.info(() -> saved.owner() + "/" + saved.folder() + ": its messages could not keep their UIDs,"
                    + " so it gets a new UIDVALIDITY and clients reload it");
            return;
        }
        fields.setNextUid(folder, Math.max(saved.uidNext(), folder.getUIDNext()));
        fields.setUidValidity(folder, saved.uidValidity());
    }
}
