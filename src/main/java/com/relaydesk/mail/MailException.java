package com.relaydesk.mail;

import com.relaydesk.platform.UserFacingException;

/**
 * A mail failure told to the user: what happened and what they can do. {@code retryable} says
 * whether trying again later may help (a dropped connection) or not (a wrong password).
 */
public class MailException extends UserFacingException {

    private final boolean retryable;

    public MailException(String message) {
        this(message, null, false);
    }

    public MailException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
