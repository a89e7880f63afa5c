package com.relaydesk.oauth;

import com.relaydesk.mail.MailException;

/**
 * A sign-in failure, told to the user. A {@link MailException} so the mail code treats it like
 * any other login failure; not retryable unless the network was at fault.
 */
public class OAuthException extends MailException {

    public OAuthException(String message) {
        super(message, null, false);
    }

    public OAuthException(String message, Throwable cause, boolean retryable) {
        super(message, cause, retryable);
    }
}
