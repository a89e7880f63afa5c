package com.relaydesk.session;

import com.relaydesk.account.AccountSettings;
import com.relaydesk.mail.AccessTokenSource;
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
                settings.imap().security()).withTrustedCertificate(settings.trustedCertificate());
        MailAccount smtp = MailAccount.of(settings.smtp().host(), settings.smtp().port(), settings.user(), secret,
                settings.smtp().security()).withTrustedCertificate(settings.trustedCertificate());
        return open(folder, settings, imap, smtp, clock);
    }

    /** A mailbox signed in with OAuth: every connection logs in with SASL XOAUTH2 and a current token. */
    public static SyncedMailboxSession open(DataFolder folder, AccountSettings settings, AccessTokenSource tokens,
            Clock clock) {
        MailAccount imap = MailAccount.of(settings.imap().host(), settings.imap().port(), settings.user(), null,
                settings.imap().security()).withTrustedCertificate(settings.trustedCertificate()).withAccessTokens(tokens);
        MailAccount smtp = MailAccount.of(settings.smtp().host(), settings.smtp().port(), settings.user(), null,
                settings.smtp().security()).withTrustedCertificate(settings.trustedCertificate()).withAccessTokens(tokens);
        return open(folder, settings, imap, smtp, clock);
    }

    private static SyncedMailboxSession open(DataFolder folder, AccountSettings settings, MailAccount imap,
            MailAccount smtp, Clock clock) {
        imap.checkTransportAllowed();
        smtp.checkTransportAllowed();
        AccountCache cache = AccountCache.open(folder, settings.address());
        return new SyncedMailboxSession(settings.address() + " · " + settings.imap().host(), settings.address(), cache,
                () -> new ImapBackend(imap, smtp, new FetchedMessageFactory(), SyncTuning.defaults()).loginAhead(), clock)
                // {{seller.name}} is the shop's name; without one it stays unfilled and says where to set
                // it - the address it used to fill in was a contact detail the linter blocks (C6)
                .withSellerName(settings.shopName() == null ? "" : settings.shopName());
    }
}
