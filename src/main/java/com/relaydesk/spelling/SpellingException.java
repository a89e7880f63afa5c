package com.relaydesk.spelling;

import com.relaydesk.platform.UserFacingException;

/** A dictionary could not be read; the message says which and what to do. */
public final class SpellingException extends UserFacingException {

    public SpellingException(String message, Throwable cause) {
        super(message, cause);
    }
}
