package com.relaydesk.mail;

/**
 * The connection was up and the server or the network closed it: a server logs a quiet session
 * out (Dovecot after 30 minutes, the demo relay after 30 seconds), a NAT gateway forgets it — then
 * often silently, and a command gets no answer until the read timeout. Not a refusal: the command
 * may not have reached the server, so work that is safe to repeat can run again on a fresh login.
 */
public final class ConnectionLostException extends MailException {

    public ConnectionLostException(String message, Throwable cause) {
        super(message, cause, true);
    }
}
