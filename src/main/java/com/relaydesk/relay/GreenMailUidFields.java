package com.relaydesk.relay;

import com.icegreen.greenmail.store.MailFolder;
import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Sets a GreenMail folder's UIDVALIDITY and next UID. GreenMail has no API for either: it takes
 * UIDVALIDITY from the clock when it makes the folder (a final field of {@code HierarchicalFolder})
 * and counts UIDs from 1, so a resumed relay would make clients reload every folder. Reflection
 * works on the classpath (the unnamed module); when a GreenMail upgrade renames the fields,
 * {@link #available()} is false and a resumed relay gets fresh UIDVALIDITYs, as before.
 */
final class GreenMailUidFields {

    private static final Logger LOG = Logger.getLogger(GreenMailUidFields.class.getName());
    private static final String FOLDER_CLASS = "com.icegreen.greenmail.store.HierarchicalFolder";

    private static final Field UID_VALIDITY;
    private static final Field NEXT_UID;

    static {
        Field uidValidity = null;
        Field nextUid = null;
        try {
            Class<?> folder = Class.forName(FOLDER_CLASS);
            uidValidity = folder.getDeclaredField("uidValidity");
            nextUid = folder.getDeclaredField("nextUid");
            if (uidValidity.getType() != long.class || nextUid.getType() != AtomicLong.class) {
                throw new NoSuchFieldException("uidValidity or nextUid of another type");
            }
            uidValidity.setAccessible(true);
            nextUid.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.info(() -> "GreenMail's UID fields are not where RelayDesk expects them (" + e
                    + "): a resumed relay's folders get a new UIDVALIDITY and clients reload them");
            uidValidity = null;
            nextUid = null;
        }
        UID_VALIDITY = uidValidity;
        NEXT_UID = nextUid;
    }

    private GreenMailUidFields() {
    }

    /** Both fields were found: a folder's UIDVALIDITY and UIDs can be set. */
    static boolean available() {
        return UID_VALIDITY != null;
    }

    /** Whether this folder is one whose fields {@link #available()} refers to. */
    static boolean settable(MailFolder folder) {
        return available() && UID_VALIDITY.getDeclaringClass().isInstance(folder);
    }

    /** The UID the folder gives the next message appended to it. */
    static void setNextUid(MailFolder folder, long next) {
        try {
            ((AtomicLong) NEXT_UID.get(folder)).set(next);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("GreenMail's next UID could not be set", e);
        }
    }

    static void setUidValidity(MailFolder folder, long uidValidity) {
        try {
            UID_VALIDITY.setLong(folder, uidValidity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("GreenMail's UIDVALIDITY could not be set", e);
        }
    }
}
