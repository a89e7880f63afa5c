package com.relaydesk.platform.secrets;

/** A secret could not be stored or read; the message says what happened and what to do. */
public class SecretStoreException extends com.relaydesk.platform.UserFacingException {

    public SecretStoreException(String message) {
        super(message);
    }

    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
