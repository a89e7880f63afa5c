package com.relaydesk.account;

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
        MailAccount imap = MailAccount.of(settings.imap().host(), settings.imap().port(), settings.user(), secret,
                settings.imap().security());
        String sent;
        int folders;
        try (ImapBackend backend = new ImapBackend(imap)) {
            backend.connect();
            List<String> names = backend.folders();
            folders = names.size();
            sent = backend.sentFolder().orElseThrow(() -> new MailException("Logged in, but no Sent folder was found. "
                    + "Create a folder named Sent, or tell your provider's settings to keep sent mail."));
        }
        MailAccount smtp = MailAccount.of(settings.smtp().host(), settings.smtp().port(), settings.user(), secret,
                settings.smtp().security());
        try (Transport transport = MailSessions.smtp(smtp).getTransport(MailSessions.protocol(smtp, "smtp"))) {
            transport.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password());
        } catch (AuthenticationFailedException e) {
            throw new MailException("IMAP accepted the login but SMTP refused it. Check the SMTP user name; some "
                    + "providers need an app password for sending.");
        } catch (MessagingException e) {
            throw new MailException("The SMTP server could not be used: " + e.getMessage());
        }
        return "logged in; " + folders + " folders, INBOX and \"" + sent + "\" found; SMTP login accepted";
    }
}
