package com.relaydesk.relay;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.internet.MimeMessage;

/** Where a message the relay did not deliver goes: nowhere (its notice is already filed). */
final class DiscardMailbox implements GreenMailUser {

    @Override
    public String getEmail() {
        return "discard@relay.relaydesk.invalid";
    }

    @Override
    public String getLogin() {
        return getEmail();
    }

    @Override
    public void deliver(MovingMessage msg) {
        // Deliberately nothing: the relay decided not to deliver.
    }

    @Override
    public void deliver(MimeMessage msg) {
        // Deliberately nothing.
    }

    @Override
    public void create() {
    }

    @Override
    public void delete() {
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public void setPassword(String password) {
    }

    @Override
    public void authenticate(String password) throws com.icegreen.greenmail.user.UserException {
        throw new com.icegreen.greenmail.user.UserException("no login to the discard mailbox");
    }

    @Override
    public String getQualifiedMailboxName() {
        return getEmail();
    }
}
