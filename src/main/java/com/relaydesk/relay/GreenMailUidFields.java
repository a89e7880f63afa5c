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

    /** The fields where the GreenMail on the classpath keeps them (looked up, and logged when missing, once). */
    static final GreenMailUidFields IN_GREENMAIL = find("uidValidity", "nextUid");

    /** Both null when the fields were not found. */
    private final Field uidValidity;
    private final Field nextUid;

    private GreenMailUidFields(Field uidValidity, Field nextUid) {
        this.uidValidity = uidValidity;
        this.nextUid = nextUid;
    }

    /**
     * GreenMail's folder fields of these names; none, said in the log, when they are not there as
     * expected. Other names than GreenMail's are for tests: a relay as after an upgrade moved them.
     */
    static GreenMailUidFields find(String uidValidityName, String nextUidName) {
        try {
            Class<?> folder = Class.forName(FOLDER_CLASS);
            Field uidValidity = folder.getDeclaredField(uidValidityName);
            Field nextUid = folder.getDeclaredField(nextUidName);
            if (uidValidity.getType() != long.class || nextUid.getType() != AtomicLong.class) {
                throw new NoSuchFieldException(uidValidityName + " or " + nextUidName + " of another type");
            }
            uidValidity.setAccessible(true);
            nextUid.setAccessible(true);
            return new GreenMailUidFields(uidValidity, nextUid);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.info(() -> "GreenMail's UID fields are not where RelayDesk expects them (" + e
                    + "): a resumed relay's folders get a new UIDVALIDITY and clients reload them");
            return new GreenMailUidFields(null, null);
        }
    }

    /** Both fields were found: a folder's UIDVALIDITY and UIDs can be set. */
    boolean available() {
        return uidValidity != null;
    }

    /** Whether this folder is one whose fields {@link #available()} refers to. */
    boolean settable(MailFolder folder) {
        return available() && uidValidity.getDeclaringClass().isInstance(folder);
    }

    /** The UID the folder gives the next message appended to it. */
    void setNextUid(MailFolder folder, long next) {
        try {
            ((AtomicLong) nextUid.get(folder)).set(next);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("GreenMail's next UID could not be set", e);
        }
    }

    void setUidValidity(MailFolder folder, long value) {
        try {
            uidValidity.setLong(folder, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("GreenMail's UIDVALIDITY could not be set", e);
        }
    }
}
