package com.relaydesk.relay;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;

/**
 * A MimeMessage that keeps the Message-ID it was given: Jakarta Mail would invent a new one on
 * every save, and the demo world must be the same on every start (and threads must hold).
 */
public class FixedIdMessage extends MimeMessage {

    public FixedIdMessage(Session session) {
        super(session);
    }

    public FixedIdMessage(Session session, InputStream raw) throws MessagingException {
        super(session, raw);
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        if (getHeader("Message-ID") == null) {
            super.updateMessageID();
        }
    }
}
