package com.relaydesk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.account.AccountSettings;
import com.relaydesk.account.ServerEndpoint;
import com.relaydesk.mail.Security;
import com.relaydesk.platform.DataFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A connected mailbox's session: what its templates sign with. Opening it connects to nothing yet. */
class AccountMailboxTest {

    @TempDir
    Path data;

    private static AccountSettings settings() {
        return new AccountSettings("cs@walnut-wick.example", null, new ServerEndpoint("127.0.0.1", 3143, Security.PLAIN),
                new ServerEndpoint("127.0.0.1", 3025, Security.PLAIN), List.of(), true);
    }

    private String sellerNameOf(AccountSettings settings) {
        SyncedMailboxSession session = AccountMailbox.open(DataFolder.at(data).ensureWritable(), settings,
                "secret".toCharArray(), Clock.systemUTC());
        try {
            return session.sellerName();
        } finally {
            session.close();
        }
    }

    @Test
    void templatesSignWithTheShopNameGivenWhenConnecting() {
        assertEquals("Walnut & Wick", sellerNameOf(settings().withShopName("Walnut & Wick")));
    }

    @Test
    void withoutOneTheyAreNotSignedWithTheMailboxAddress() {
        // the address went into every reply's sign-off, and C6 blocked every one of them
        assertEquals("", sellerNameOf(settings()));
    }
}
