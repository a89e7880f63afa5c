package com.relaydesk.mail.imap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionRenewalTest {

    @Test
    void aDovecotSessionIsRenewedOnlyAfterAChange() {
        SessionRenewal r = new SessionRenewal("* OK [CAPABILITY IMAP4rev1 LITERAL+] Dovecot (Debian) ready.");
        assertFalse(r.renewBeforeSync());
        r.changed();
        assertTrue(r.renewBeforeSync());
    }

    @Test
    void otherServersKeepTheirSessionEvenAfterChanges() {
        SessionRenewal r = new SessionRenewal("* OK Gimap ready for requests from 192.0.2.1");
        r.changed();
        assertFalse(r.renewBeforeSync());
    }
}
