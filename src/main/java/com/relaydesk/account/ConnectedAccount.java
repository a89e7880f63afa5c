package com.relaydesk.account;

import com.relaydesk.oauth.BrowserOpener;
import com.relaydesk.oauth.OAuthProvider;
import com.relaydesk.oauth.OAuthSettings;
import com.relaydesk.oauth.OAuthSettingsFile;
import com.relaydesk.oauth.OAuthSignIn;
import com.relaydesk.platform.UserFacingException;
import com.relaydesk.platform.secrets.SecretStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The connected mailbox as the running app acts on it: who it is, "Sign in again" when the
 * provider withdrew the sign-in, and "Sign out". Uses the secret store the app opened (the
 * keyring, or the encrypted file unlocked at start), so nobody is asked for the passphrase twice.
 */
public final class ConnectedAccount {

    /**
     * @param provider   the OAuth provider's name ("Google"), empty for a password mailbox
     * @param revokes    whether signing out can withdraw the grant at the provider (RFC 7009)
     * @param managePage where the user removes RelayDesk's access by hand at the provider
     */
    public record Description(String address, Optional<String> provider, boolean revokes, String managePage) { }

    private final Path dataFolder;
    private final Supplier<SecretStore> secrets;
    private final Map<String, String> env;

    public ConnectedAccount(Path dataFolder, Supplier<SecretStore> secrets, Map<String, String> env) {
        this.dataFolder = dataFolder;
        this.secrets = secrets;
        this.env = env;
    }

    /** The connected mailbox; empty on the offline demo. Reads the data folder. */
    public Optional<Description> describe() {
        return new AccountSettingsFile(dataFolder).load().map(settings -> {
            Optional<OAuthProvider> provider = new OAuthSettingsFile(dataFolder).load().map(OAuthSettings::resolveProvider);
            return new Description(settings.address(), provider.map(OAuthProvider::displayName),
                    provider.map(p -> p.revocation() != null).orElse(false),
                    provider.map(OAuthProvider::accessSettingsPage).orElse(""));
        });
    }

    /**
     * The browser sign-in again for the connected OAuth mailbox; the new refresh token replaces
     * the dead one in the secret store. Returns the address. The caller reopens the mailbox.
     */
    public String signInAgain(BrowserOpener browser) {
        AccountSettings settings = new AccountSettingsFile(dataFolder).load().orElseThrow(() -> new UserFacingException(
                "No mailbox is connected any more. Use “Connect a mailbox…” to sign in."));
        OAuthSettings oauth = new OAuthSettingsFile(dataFolder).load().orElseThrow(() -> new UserFacingException(
                settings.address() + " signs in with a password, not with a provider's sign-in. Use “Connect a "
                        + "mailbox…” to enter it again."));
        SecretStore store = AccountSignOut.ownersOnly(secrets.get(), "sign " + settings.address() + " in again");
        new OAuthSignIn(oauth.client(env), store, Clock.systemUTC()).signIn(settings.user(), browser);
        return settings.address();
    }

    /** Signs the connected mailbox out (see {@link AccountSignOut}); the caller reopens, which shows the demo. */
    public AccountSignOut.Outcome signOut() {
        return new AccountSignOut(dataFolder, secrets, env).signOut();
    }
}
