package com.relaydesk.mail;

/**
 * A reply went to the SMTP server and no answer came back: the connection dropped or went silent
 * after the message was handed over. The server may have taken it — or not. Submitting it again
 * could send the buyer the same reply twice, so the outbox holds it for the seller instead.
 */
public final class SubmissionUnconfirmedException extends MailException {

    public SubmissionUnconfirmedException(String message, Throwable cause) {
        super(message, cause, true);
    }
}
