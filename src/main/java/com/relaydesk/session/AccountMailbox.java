package com.relaydesk.session;

import com.relaydesk.account.AccountSettings;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.mail.imap.SyncTuning;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.store.AccountCache;
import java.time.Clock;

/** Opens the seller's own mailbox: TLS with certificate checks, the cache in the data folder. */
public final class AccountMailbox {

    private AccountMailbox() {
    }

    public static SyncedMailboxSession open(DataFolder folder, AccountSettings settings, char[] password, Clock clock) {
        String secret = new String(password);
        MailAccount imap = MailAccount.of(settings.imap().host(), settings.imap().port(), settings.user(), secret,
                settings.imap().security());
        MailAccount smtp = MailAccount.of(settings.smtp().host(), settings.smtp().port(), settings.user(), secret,
                settings.smtp().security());
        imap.checkTransportAllowed();
        smtp.checkTransportAllowed();
        AccountCache cache = AccountCache.open(folder, settings.address());
        return new SyncedMailboxSession(settings.address() + " · " + settings.imap().host(), settings.address(), cache,
                () -> new ImapBackend(imap, smtp, new FetchedMessageFactory(), SyncTuning.defaults()), clock);
    }
}
