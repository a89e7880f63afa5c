package com.relaydesk.app;

import com.relaydesk.account.AccountSettings;
import com.relaydesk.account.AccountSettingsFile;
import com.relaydesk.account.DesktopCredentials;
import com.relaydesk.inbox.MailboxSession;
import com.relaydesk.oauth.OAuthSettings;
import com.relaydesk.oauth.OAuthSettingsFile;
import com.relaydesk.oauth.OAuthSignIn;
import com.relaydesk.oauth.OAuthTokenSource;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.platform.UserFacingException;
import com.relaydesk.platform.secrets.SecretStore;
import com.relaydesk.relay.RelayConfig;
import com.relaydesk.session.AccountMailbox;
import com.relaydesk.session.DemoMailbox;
import com.relaydesk.session.SyncedMailboxSession;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Decides what the window shows: the connected mailbox when {@code account.properties} exists,
 * otherwise the offline demo on the embedded relay.
 */
final class MailboxOpener {

    private final DataFolder folder;
    private final Clock clock;
    private final DemoOpening demo;
    private volatile SecretStore secrets;
    private volatile Consumer<String> onSignInRequired = message -> { };

    private final DesktopCredentials credentials;
    /** "My computer password" for profiles, where this computer can check it (Linux with PAM's helper). */
    private final com.relaydesk.platform.OsAccountPassword osPassword =
            com.relaydesk.platform.UnixPasswordCheck.ifAvailable();

    /** How the demo opens when no mailbox is connected. */
    interface DemoOpening {
        SyncedMailboxSession open(DataFolder folder, Clock clock);
    }

    /** The app's: the demo goes on from where the last run left it, kept in the data folder. */
    static MailboxOpener keepingTheDemo(DataFolder folder, Clock clock) {
        return new MailboxOpener(folder, clock, (f, c) -> DemoMailbox.open(f, DemoMailbox.saved(f), c),
                DesktopCredentials.of(folder.root()));
    }

    /** A demo of this world on each open, nothing kept (tests). */
    MailboxOpener(DataFolder folder, Clock clock, Supplier<RelayConfig> demo) {
        this(folder, clock, demo, DesktopCredentials.of(folder.root()));
    }

    MailboxOpener(DataFolder folder, Clock clock, Supplier<RelayConfig> demo, DesktopCredentials credentials) {
        this(folder, clock, (f, c) -> DemoMailbox.open(f, demo.get(), c), credentials);
    }

    private MailboxOpener(DataFolder folder, Clock clock, DemoOpening demo, DesktopCredentials credentials) {
        this.folder = folder;
        this.clock = clock;
        this.demo = demo;
        this.credentials = credentials;
    }

    Optional<AccountSettings> configuredAccount() {
        return new AccountSettingsFile(folder.root()).load();
    }

    /** Who shows "Sign in again" when the provider withdrew the OAuth sign-in of the opened mailbox. */
    void onSignInRequired(Consumer<String> listener) {
        this.onSignInRequired = listener;
    }

    /**
     * The secret store the opened mailbox uses (sign in again and sign out need it): the keyring,
     * or the encrypted file the passphrase unlocked at start.
     */
    SecretStore secrets() {
        SecretStore open = secrets;
        if (open != null) {
            return open;
        }
        if (credentials.usesKeyring()) {
            return credentials.unlock(new char[0]);
        }
        throw new UserFacingException("The saved sign-in is in the encrypted file, which RelayDesk unlocks when the "
                + "mailbox opens. Restart RelayDesk, type the passphrase, then try again.");
    }

    /**
     * The secret store "Connect a mailbox…" just unlocked with the owner's passphrase: the mailbox
     * it saved opens with it, instead of asking for the passphrase typed a moment before.
     */
    void unlocked(SecretStore store) {
        this.secrets = store;
    }

    /** True when saved passwords are in the encrypted file, which needs the owner's passphrase. */
    boolean needsPassphrase() {
        // Once unlocked, the file stays open for reopening (another account, sign in again): asked once per run.
        return secrets == null && credentials.needsPassphrase();
    }

    /** Opens the session; runs in the background (it starts servers and reads the disk). */
    MailboxSession open(char[] passphrase) {
        Optional<AccountSettings> account = configuredAccount();
        if (account.isEmpty()) {
            SyncedMailboxSession session = demo.open(folder, clock);
            session.desk().profiles().useOsPassword(osPassword);
            return session.start();
        }
        AccountSettings settings = account.get();
        // No passphrase given: the app did not ask again because this run already unlocked the secrets.
        boolean reuse = this.secrets != null && (passphrase == null || passphrase.length == 0);
        SecretStore secrets = reuse ? this.secrets : credentials.unlock(passphrase);
        this.secrets = secrets;
        Optional<OAuthSettings> oauth = new OAuthSettingsFile(folder.root()).load();
        if (oauth.isPresent()) {
            // Tokens follow real time, whatever clock the session is given.
            OAuthTokenSource tokens = new OAuthSignIn(oauth.get().client(System.getenv()), secrets, Clock.systemUTC())
                    .tokens(settings.user());
            tokens.onSignInRequired(message -> onSignInRequired.accept(message));
            return withProfiles(secrets, AccountMailbox.open(folder, settings, tokens, clock)).start();
        }
        char[] password = secrets.get(settings.secretKey()).orElseThrow(() -> new UserFacingException(
                "No password is saved for " + settings.address() + " on this desktop. The owner opens “Mailbox "
                        + "settings…” and types it again."));
        return withProfiles(secrets, AccountMailbox.open(folder, settings, password, clock)).start();
    }

    /** "Start the demo over": the next open makes a fresh world. Call it with the demo's session closed. */
    void discardSavedDemo() throws java.io.IOException {
        DemoMailbox.startOver(folder, DemoMailbox.saved(folder));
    }

    /**
     * Profiles learn the desktop's key slots (a linked profile unlocks with its slot's passphrase),
     * and an assistant who unlocked with their own passphrase works as their linked profile (audit,
     * claims) without being asked again.
     */
    private SyncedMailboxSession withProfiles(SecretStore secrets, SyncedMailboxSession session) {
        com.relaydesk.team.Profiles profiles = session.desk().profiles();
        profiles.useKeySlots(credentials.keySlots());
        profiles.useOsPassword(osPassword);
        DesktopCredentials.holder(secrets).filter(holder -> !holder.owner())
                .ifPresent(assistant -> session.desk().actAs(profiles.forKeySlot(assistant.name())));
        return session;
    }
}
