package com.relaydesk.platform;

/** A failure whose message is written for the user: what happened and what they can do. */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * One sentence for the user: the message of the first user-facing failure in the cause
     * chain, else a short generic sentence naming the kind of failure (never a stack trace).
     */
    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException) {
                return t.getMessage();
            }
        }
        return "An unexpected internal error occurred (" + failure.getClass().getSimpleName() + ").";
    }
}
