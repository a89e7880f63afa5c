package com.relaydesk.mail;

/** Server features sync adapts to; the backend reports which the server has. */
public enum Capability {
    /** RFC 7162: per-message MODSEQ, FETCH CHANGEDSINCE: flag changes without a scan. */
    CONDSTORE,
    /** RFC 7162: expunged UIDs reported as VANISHED: expunges without a scan. */
    QRESYNC,
    /** RFC 2177: push of new mail. */
    IDLE,
    /** RFC 4315: APPEND tells the new UID. */
    UIDPLUS,
    /** RFC 6154: folders marked \Sent etc. */
    SPECIAL_USE
}
