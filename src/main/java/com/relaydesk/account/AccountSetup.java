package com.relaydesk.account;

import com.relaydesk.platform.secrets.EncryptedFileSecretStore;
import com.relaydesk.platform.secrets.SecretServiceStore;
import com.relaydesk.platform.secrets.SecretStore;
import com.relaydesk.oauth.BrowserOpener;
import com.relaydesk.oauth.OAuthSettings;
import com.relaydesk.oauth.OAuthSettingsFile;
import com.relaydesk.oauth.OAuthSignIn;
import com.relaydesk.oauth.OAuthTokenSource;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Connects a mailbox: checks it, then saves the settings to the data folder and the password
 * to the desktop keyring — or, where the desktop has none, to a file encrypted with the owner's
 * passphrase.
 */
public final class AccountSetup {

    public static final String SECRETS_FILE = "secrets.properties";

    private final Path dataFolder;
    private final ConnectionCheck.Login login;
    private final Optional<? extends SecretStore> keyring;

    public AccountSetup(Path dataFolder, ConnectionCheck.Login login) {
        this(dataFolder, login, SecretServiceStore.ifAvailable());
    }

    AccountSetup(Path dataFolder, ConnectionCheck.Login login, Optional<? extends SecretStore> keyring) {
        this.dataFolder = dataFolder;
        this.login = login;
        this.keyring = keyring;
    }

    /** Whether saving needs an owner passphrase (no desktop keyring here). */
    public boolean needsPassphrase() {
        return keyring.isEmpty();
    }

    /** Where the password will go, in words for the dialog. */
    public String passwordStorage() {
        return keyring.<String>map(SecretStore::description)
                .orElse("an encrypted file in the data folder, unlocked with your passphrase");
    }

    public List<ConnectionCheck.Step> test(AccountSettings settings, char[] password) {
        return ConnectionCheck.run(settings, password, login);
    }

    /** Saves the account; the next start (or a reconnect) uses it instead of the demo. */
    public void save(AccountSettings settings, char[] password, char[] passphrase) throws IOException {
        secrets(passphrase).put(settings.secretKey(), password);
        new OAuthSettingsFile(dataFolder).delete();
        new AccountSettingsFile(dataFolder).save(settings);
    }

    /**
     * "Sign in with Google/Microsoft": the browser sign-in for {@code profile}, then the same
     * IMAP and SMTP check over XOAUTH2, then the settings are saved (the refresh token went to the
     * secret store during the sign-in). Returns the check's summary.
     */
    public String signIn(AccountSettings settings, String profile, char[] passphrase, BrowserOpener browser,
            Map<String, String> env) throws IOException {
        return signIn(settings, profile, Optional.empty(), passphrase, browser, env);
    }

    /**
     * The same, with a client ID typed in the dialog: it wins over the environment and is saved in
     * oauth.properties, so the next start (which has only the environment) signs in with it too.
     */
    public String signIn(AccountSettings settings, String profile, Optional<String> typedClientId, char[] passphrase,
            BrowserOpener browser, Map<String, String> env) throws IOException {
        OAuthSettingsFile file = new OAuthSettingsFile(dataFolder);
        OAuthSettings loaded = file.load().filter(s -> s.provider().equalsIgnoreCase(profile))
                .orElse(OAuthSettings.of(profile));
        Optional<String> clientId = typedClientId.map(String::strip).filter(s -> !s.isEmpty());
        OAuthSettings oauth = clientId.isEmpty() ? loaded : new OAuthSettings(loaded.provider(), clientId,
                loaded.authorization(), loaded.token(), loaded.revocation(), loaded.scopes());
        OAuthSignIn signIn = new OAuthSignIn(oauth.client(env), secrets(passphrase), Clock.systemUTC());
        OAuthTokenSource tokens = signIn.signIn(settings.user(), browser);
        String checked = new MailboxLogin().check(settings, tokens);
        file.save(oauth);
        new AccountSettingsFile(dataFolder).save(settings);
        return checked;
    }

    private SecretStore secrets(char[] passphrase) {
        return keyring.isPresent() ? keyring.get()
                : EncryptedFileSecretStore.open(dataFolder.resolve(SECRETS_FILE), passphrase);
    }
}
