package com.relaydesk.mail.imap;

import com.relaydesk.mail.ConnectionLostException;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.ServerTrust;
import com.relaydesk.mail.SubmissionUnconfirmedException;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderClosedException;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.angus.mail.iap.ConnectionException;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/** Turns Jakarta Mail failures into sentences for the seller: what happened, what to do. */
final class ImapErrors {

    private ImapErrors() {
    }

    /**
     * A command on a logged-in connection failed. Beyond {@link #translate}: no answer within the
     * read timeout means the connection is gone as surely as a reset — a NAT gateway or router
     * that forgets a connection drops it without a word (no FIN, no RST), and Angus has closed it
     * by now — so it is a {@link ConnectionLostException}, and work that is safe to repeat runs
     * again on a fresh login. Not for logins and SMTP: a server that does not answer a new
     * connection is not helped by another one at once, and a submission must not be repeated blind.
     */
    static MailException commandFailed(MessagingException e, MailAccount account, String doing) {
        if (silentMidCommand(e)) {
            return new ConnectionLostException("RelayDesk got no answer from " + account.host() + ":" + account.port()
                    + " within " + account.readTimeout().toSeconds() + " s while " + doing + " (the network may have "
                    + "dropped the connection). What was already downloaded is kept; sync again to continue.", e);
        }
        return translate(e, account, doing);
    }

    /**
     * A read timed out on a connection that was up: Angus turns that into its made-up BYE (a
     * ConnectionException, or the folder or store closed by it); a connect timeout has neither.
     */
    private static boolean silentMidCommand(MessagingException e) {
        return has(e, SocketTimeoutException.class) && !has(e, ConnectException.class)
                && (e instanceof FolderClosedException || e instanceof StoreClosedException || has(e, ConnectionException.class));
    }

    static MailException translate(MessagingException e, MailAccount account, String doing) {
        String server = account.host() + ":" + account.port();
        if (e instanceof AuthenticationFailedException && account.usesOAuth()) {
            String provider = account.tokens().providerName();
            return new MailException("The server " + server + " refused the " + provider + " sign-in for " + account.user()
                    + " even with a freshly renewed token, so RelayDesk stopped trying. Check that IMAP and SMTP access "
                    + "are turned on for this mailbox (Microsoft 365: your admin must allow them) and that this "
                    + "computer's clock is right, then sign in with " + provider + " again.", e, false);
        }
        if (e instanceof AuthenticationFailedException) {
            return new MailException("The server " + server + " refused the user name or password for " + account.user()
                    + ". Check them (for Gmail and others, an app password may be needed) and try again.", e, false);
        }
        if (e instanceof FolderNotFoundException) {
            return new MailException("The folder '" + e.getMessage() + "' does not exist on " + server
                    + ". Check the folder name in the account settings.", e, false);
        }
        ServerTrust.UntrustedCertificateException untrusted = find(e, ServerTrust.UntrustedCertificateException.class);
        if (untrusted != null) {
            // The fingerprint is in the sentence: a certificate that changed after it was trusted must be seen.
            return new MailException("RelayDesk did not connect to " + server + ": " + untrusted.getMessage()
                    + ". Trust it only if the server's owner confirms this fingerprint (menu → Mailbox settings… → "
                    + "Test connection, or --ca-cert); otherwise someone may be in between.", e, false);
        }
        if (connectionLost(e)) {
            // before the certificate check: over TLS a reset connection reads as an SSLException
            return new ConnectionLostException("RelayDesk lost the connection to " + server + " while " + doing
                    + " (the server or the network closed it). What was already downloaded is kept; sync again to continue.", e);
        }
        if (has(e, CertificateException.class) || has(e, SSLException.class)
                || messageContains(e, "identity") || messageContains(e, "certificate")) {
            return new MailException("RelayDesk could not set up a secure connection to " + server
                    + ": the server's certificate is not trusted or does not match the name '" + account.host()
                    + "'. Check the host name; for your own server, pass its certificate with --ca-cert.", e, false);
        }
        if (has(e, UnknownHostException.class)) {
            return new MailException("The mail server '" + account.host() + "' was not found. Check the host name and "
                    + "your internet connection.", e, true);
        }
        if (has(e, ConnectException.class)) {
            return new MailException("RelayDesk could not connect to " + server + ". Check the host and port, "
                    + "and that the server is running.", e, true);
        }
        if (has(e, SocketTimeoutException.class)) {
            return new MailException("The server " + server + " stopped answering while " + doing
                    + ". What was already downloaded is kept; sync again to continue.", e, true);
        }
        int smtpCode = smtpReturnCode(e);
        if (smtpCode >= 500 && smtpCode < 600) {
            // 5xx is the server's final word on this message: sending it again gets the same answer
            return new MailException("The mail server " + server + " refused the message (" + shortMessage(smtpRefusal(e))
                    + "), so it was not sent. Check the recipient and the text, then queue it again from the Outbox.",
                    e, false);
        }
        if (messageContains(e, "STARTTLS")) {
            return new MailException("The server " + server + " does not offer STARTTLS, so RelayDesk did not send the "
                    + "password. Use --tls with the server's TLS port (usually 993).", e, false);
        }
        return new MailException("The connection to " + server + " failed while " + doing + " ("
                + shortMessage(e) + "). What was already downloaded is kept; sync again to continue.", e, true);
    }

    /**
     * The server or the network closed a connection that was up: the server's BYE, end of stream,
     * a reset. Not a connection that could not be made, nor a TLS handshake that failed.
     */
    private static boolean connectionLost(MessagingException e) {
        if (has(e, ConnectException.class) || has(e, NoRouteToHostException.class)
                || has(e, SSLHandshakeException.class) || has(e, CertificateException.class)
                || has(e, SocketTimeoutException.class)) {
            return false;  // never made, or a server that stopped answering: said as such below
        }
        return e instanceof FolderClosedException || e instanceof StoreClosedException
                || has(e, ConnectionException.class) || has(e, EOFException.class) || has(e, SocketException.class);
    }

    /**
     * A submission failed after the message was given to the server. An SMTP reply code is the
     * server's answer — it did not take the message ({@link #translate} says why). Anything else
     * (no answer within the read timeout, the connection closed or reset: Angus reports an end of
     * stream as code -1) leaves it unknown whether the server took it.
     */
    static MailException submissionFailed(MessagingException e, MailAccount smtp) {
        int code = smtpReturnCode(e);
        if (code >= 400 && code < 600) {
            return translate(e, smtp, "sending");
        }
        String what = has(e, SocketTimeoutException.class)
                ? "no answer came within " + smtp.readTimeout().toSeconds() + " s"
                : "the connection was lost before the server answered";
        return new SubmissionUnconfirmedException("RelayDesk gave the reply to " + smtp.host() + ":" + smtp.port()
                + ", but " + what + ", so the buyer may have it already.", e);
    }

    /** The SMTP reply code of a refused send (SMTPSendFailedException, SMTPAddressFailedException), or -1. */
    private static int smtpReturnCode(Throwable e) {
        Throwable refusal = smtpRefusal(e);
        if (refusal instanceof SMTPSendFailedException sf) {
            return sf.getReturnCode();
        }
        if (refusal instanceof SMTPAddressFailedException af) {
            return af.getReturnCode();
        }
        return -1;
    }

    private static Throwable smtpRefusal(Throwable e) {
        for (Throwable t = e; t != null; ) {
            if (t instanceof SMTPSendFailedException || t instanceof SMTPAddressFailedException) {
                return t;
            }
            Throwable next = t instanceof MessagingException me && me.getNextException() != null ? me.getNextException()
                    : t.getCause();
            t = next == t ? null : next;
        }
        return e;
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        return find(e, type) != null;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof MessagingException me && me.getNextException() != null && me.getNextException() != t.getCause()) {
                T found = find(me.getNextException(), type);
                if (found != null) {
                    return found;
                }
            }
            // Jakarta turns an I/O failure mid-command into a made-up "* BYE" response holding it
            if (t instanceof ProtocolException pe && pe.getResponse() != null && pe.getResponse().getException() != null) {
                T found = find(pe.getResponse().getException(), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean messageContains(Throwable e, String word) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase().contains(word.toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    private static String shortMessage(Throwable e) {
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}
