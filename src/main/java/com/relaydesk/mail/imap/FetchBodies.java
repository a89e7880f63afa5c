package com.relaydesk.mail.imap;

import com.relaydesk.platform.MailFlags;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.angus.mail.iap.ByteArray;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FLAGS;
import org.eclipse.angus.mail.imap.protocol.INTERNALDATE;
import org.eclipse.angus.mail.imap.protocol.MODSEQ;
import org.eclipse.angus.mail.imap.protocol.RFC822SIZE;
import org.eclipse.angus.mail.imap.protocol.UID;

/**
 * Downloads whole messages of a UID range in one command
 * ({@code UID FETCH a:b (UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[] [MODSEQ])}), handing each
 * to the caller as soon as it is read. PEEK: downloading must not mark buyer mail as read.
 */
final class FetchBodies {

    /** One message as it came off the wire. */
    record RawMessage(long uid, long modSeq, Set<String> flags, Instant internalDate, long size, byte[] content) { }

    /** As {@code to}: up to the last message of the folder ({@code from:*}). */
    static final long LAST = Long.MAX_VALUE;

    private FetchBodies() {
    }

    static void range(IMAPFolder folder, long from, long to, boolean modSeq, Consumer<RawMessage> sink)
            throws MessagingException {
        String range = from + ":" + (to == LAST ? "*" : Long.toString(to));
        fetch(folder, "UID FETCH " + range + " " + items(modSeq), from, to, sink);
    }

    /**
     * Downloads the messages from sequence number {@code firstSeq} to the last one
     * ({@code FETCH n:* (…)}): the newest of the folder, whatever their UIDs.
     */
    static void newest(IMAPFolder folder, long firstSeq, boolean modSeq, Consumer<RawMessage> sink)
            throws MessagingException {
        fetch(folder, "FETCH " + firstSeq + ":* " + items(modSeq), 1, LAST, sink);
    }

    private static String items(boolean modSeq) {
        return "(UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[]" + (modSeq ? " MODSEQ" : "") + ")";
    }

    private static void fetch(IMAPFolder folder, String command, long from, long to, Consumer<RawMessage> sink)
            throws MessagingException {
        StreamingCommand.fetch(folder, command, fr -> {
            UID uid = fr.getItem(UID.class);
            BODY body = fr.getItem(BODY.class);
            if (uid == null || body == null || uid.uid < from || uid.uid > to) {
                return;  // an unsolicited flag update for another message
            }
            FLAGS flags = fr.getItem(FLAGS.class);
            INTERNALDATE date = fr.getItem(INTERNALDATE.class);
            RFC822SIZE size = fr.getItem(RFC822SIZE.class);
            MODSEQ ms = fr.getItem(MODSEQ.class);
            byte[] content = bytes(body.getByteArray());
            sink.accept(new RawMessage(uid.uid, ms == null ? 0 : ms.modseq, MailFlags.names(flags),
                    date == null || date.getDate() == null ? null : date.getDate().toInstant(),
                    size == null ? content.length : size.size, content));
        });
    }

    private static byte[] bytes(ByteArray a) {
        if (a == null) {
            return new byte[0];
        }
        if (a.getStart() == 0 && a.getCount() == a.getBytes().length) {
            return a.getBytes();
        }
        return a.getNewBytes();
    }
}
