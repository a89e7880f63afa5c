package com.relaydesk.ui.shell;

import com.relaydesk.mail.ConnectionLostException;
import com.relaydesk.mail.MailException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the status bar says when a mark, a report or its undo did not reach the server, and the
 * log entry that the error dialog points at. A lost connection is said in a seller's words with
 * advice that fits the action: the mail layer's own sentence names the server and the IMAP
 * command and advises a sync.
 */
final class ActionFailure {

    private static final Logger LOG = Logger.getLogger(ActionFailure.class.getName());

    private ActionFailure() {
    }

    /**
     * Logs the failure with its stack trace and returns the sentence to show.
     *
     * @param couldNot what did not happen, as in "report the message"
     */
    static String said(String couldNot, Exception e) {
        LOG.log(Level.WARNING, "could not " + couldNot, e);
        if (e instanceof ConnectionLostException) {
            return "RelayDesk lost the connection to the mail server and could not " + couldNot
                    + ". Check the connection and try again.";
        }
        if (e instanceof MailException mail && mail.retryable()) {
            return "RelayDesk could not reach the mail server, so it could not " + couldNot
                    + ". Check the connection and try again.";
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "Could not " + couldNot + ": " + why;
    }
}
