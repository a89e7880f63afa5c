package com.relaydesk.mail.imap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionRenewalTest {

    private static final String DOVECOT = "* OK [CAPABILITY IMAP4rev1 LITERAL+] Dovecot (Debian) ready.";

    @Test
    void aDovecotSessionIsRenewedAtTheRoundAfterAChangeNotWithinIt() {
        SessionRenewal r = new SessionRenewal();
        r.loggedIn(DOVECOT);
        assertFalse(r.renewBeforeSync("INBOX"));
        r.changed();  // INBOX had new mail
        assertFalse(r.renewBeforeSync("Sent"), "Sent in the same round keeps the session");
        assertTrue(r.renewBeforeSync("INBOX"), "the next round starts on a fresh login");
        r.loggedIn(DOVECOT);
        assertFalse(r.renewBeforeSync("Sent"));
        assertFalse(r.renewBeforeSync("INBOX"), "nothing changed since the fresh login");
    }

    @Test
    void aDovecotSessionWithoutChangesIsKept() {
        SessionRenewal r = new SessionRenewal();
        r.loggedIn(DOVECOT);
        for (int i = 0; i < 3; i++) {
            assertFalse(r.renewBeforeSync("INBOX"));
            assertFalse(r.renewBeforeSync("Sent"));
        }
    }

    @Test
    void otherServersKeepTheirSessionEvenAfterChanges() {
        SessionRenewal r = new SessionRenewal();
        r.loggedIn("* OK Gimap ready for requests from 192.0.2.1");
        r.renewBeforeSync("INBOX");
        r.changed();
        assertFalse(r.renewBeforeSync("INBOX"));
    }
}
