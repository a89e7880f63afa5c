package com.relaydesk.account;

import com.relaydesk.mail.AccessTokenSource;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.MailSessions;
import com.relaydesk.mail.imap.ImapBackend;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.util.List;

/** The login step of "Test connection": IMAP login, INBOX and Sent found, SMTP login accepted. */
public final class MailboxLogin implements ConnectionCheck.Login {

    @Override
    public String check(AccountSettings settings, char[] password) {
        String secret = new String(password);
        return check(settings, endpoint -> MailAccount.of(endpoint.host(), endpoint.port(), settings.user(), secret,
                endpoint.security()).withTrustedCertificate(settings.trustedCertificate()));
    }

    /** The same check for a mailbox signed in with OAuth: XOAUTH2 with tokens from {@code tokens}. */
    public String check(AccountSettings settings, AccessTokenSource tokens) {
        return check(settings, endpoint -> MailAccount.of(endpoint.host(), endpoint.port(), settings.user(), null,
                endpoint.security()).withTrustedCertificate(settings.trustedCertificate()).withAccessTokens(tokens));
    }

    private String check(AccountSettings settings, java.util.function.Function<ServerEndpoint, MailAccount> account) {
        MailAccount imap = account.apply(settings.imap());
        String sent;
        int folders;
        try (ImapBackend backend = new ImapBackend(imap)) {
            backend.connect();
            List<String> names = backend.folders();
            folders = names.size();
            sent = backend.sentFolder().orElseThrow(() -> new MailException("Logged in, but no Sent folder was found. "
                    + "Create a folder named Sent, or tell your provider's settings to keep sent mail."));
        }
        MailAccount smtp = account.apply(settings.smtp());
        try (Transport transport = MailSessions.smtp(smtp).getTransport(MailSessions.protocol(smtp, "smtp"))) {
            transport.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password());
        } catch (AuthenticationFailedException e) {
            if (smtp.usesOAuth()) {
                throw new MailException("IMAP accepted the " + smtp.tokens().providerName() + " sign-in but SMTP refused "
                        + "it. Check that SMTP sending (SMTP AUTH) is allowed for this mailbox.");
            }
            throw new MailException("IMAP accepted the login but SMTP refused it. Check the SMTP user name; some "
                    + "providers need an app password for sending.");
        } catch (MessagingException e) {
            throw new MailException("The SMTP server could not be used: " + e.getMessage());
        }
        return "logged in; " + folders + " folders, INBOX and \"" + sent + "\" found; SMTP login accepted";
    }
}
