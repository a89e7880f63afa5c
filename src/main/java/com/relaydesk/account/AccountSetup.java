package com.relaydesk.account;

import com.relaydesk.platform.secrets.SecretStore;
import com.relaydesk.platform.secrets.SecretStoreException;
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

    public static final String SECRETS_FILE = DesktopCredentials.SECRETS_FILE;

    private final Path dataFolder;
    private final ConnectionCheck.Login login;
    private final DesktopCredentials credentials;
    private volatile java.util.function.Consumer<SecretStore> unlocked = store -> { };
    private volatile java.util.function.Consumer<String> settingsChanged = change -> { };
    /** The secrets the open mailbox was unlocked with (the keyring, or the file the passphrase opened). */
    private volatile java.util.function.Supplier<SecretStore> openSecrets = this::keyringOnly;

    public AccountSetup(Path dataFolder, ConnectionCheck.Login login) {
        this(dataFolder, login, DesktopCredentials.of(dataFolder));
    }

    public AccountSetup(Path dataFolder, ConnectionCheck.Login login, DesktopCredentials credentials) {
        this.dataFolder = dataFolder;
        this.login = login;
        this.credentials = credentials;
    }

    /**
     * Told the secret store a save or sign-in unlocked, so the mailbox just connected opens with it
     * instead of asking for the passphrase the owner typed a moment before.
     */
    public void whenUnlocked(java.util.function.Consumer<SecretStore> listener) {
        this.unlocked = listener;
    }

    /**
     * Told what changed when the connected mailbox's settings are saved (its audit log records who
     * did it). Runs on the saving thread, before the mailbox reopens; a failure there does not undo
     * the save.
     */
    public void whenSettingsChanged(java.util.function.Consumer<String> listener) {
        this.settingsChanged = listener;
    }

    private void tellChanged(Optional<AccountSettings> before, AccountSettings now, boolean newPassword) {
        if (before.isEmpty() || !before.get().address().equals(now.address())) {
            return; // another mailbox, or the first: not a change of this one's settings
        }
        List<String> changes = new java.util.ArrayList<>(now.changesFrom(before.get()));
        if (newPassword) {
            changes.add("password replaced");
        }
        if (!changes.isEmpty()) {
            try {
                settingsChanged.accept(String.join("; ", changes));
            } catch (RuntimeException notRecorded) {
                java.util.logging.Logger.getLogger(AccountSetup.class.getName()).log(java.util.logging.Level.WARNING,
                        "the settings change was saved but not recorded in the audit log", notRecorded);
            }
        }
    }

    /**
     * Where the saved password is read when the form keeps it (Test connection): the secrets the app
     * unlocked when the mailbox opened, so the passphrase is not asked again.
     */
    public void readSavedPasswordFrom(java.util.function.Supplier<SecretStore> secrets) {
        this.openSecrets = secrets;
    }

    private SecretStore keyringOnly() {
        return credentials.unlock(new char[0]); // with the encrypted file this throws: see openSecrets()
    }

    private SecretStore openSecrets() {
        try {
            return openSecrets.get();
        } catch (RuntimeException locked) {
            if (credentials.usesKeyring()) {
                throw locked;
            }
            throw new SecretStoreException("The saved password is in the encrypted file, which is not unlocked yet: "
                    + "type the passphrase to test with it, or type the mailbox password.", locked);
        }
    }

    /** The provider the connected mailbox signs in with ("Google"), when it signs in instead of a password. */
    public Optional<String> savedSignIn() {
        try {
            return new OAuthSettingsFile(dataFolder).load().map(oauth -> oauth.resolveProvider().displayName());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The connected mailbox's settings as saved here, for the form to show and change. */
    public Optional<AccountSettings> saved() {
        return new AccountSettingsFile(dataFolder).load();
    }

    /**
     * Saves changed settings of the connected mailbox and keeps its saved password or sign-in —
     * only while the login and servers stay the same ({@link AccountSettings#sameConnection}):
     * otherwise the password would go to a server it was not typed for.
     */
    public void saveKeepingPassword(AccountSettings changed) throws IOException {
        AccountSettings current = saved().orElseThrow(() -> new SecretStoreException(
                "No mailbox is connected on this desktop any more: type the password to connect this one."));
        requireSameConnection(current, changed);
        new AccountSettingsFile(dataFolder).save(changed);
        tellChanged(Optional.of(current), changed, false);
    }

    /**
     * Test connection with the saved password: unlocked with {@code passphrase} when one is typed,
     * else with the secrets the open mailbox uses. A mailbox that signs in with Google or Microsoft
     * has no password to test with: its sign-in button tests it.
     */
    public List<ConnectionCheck.Step> testWithSavedPassword(AccountSettings settings, char[] passphrase) {
        AccountSettings current = saved().orElseThrow(() -> new SecretStoreException(
                "No mailbox is connected on this desktop any more: type the password to test this one."));
        requireSameConnection(current, settings);
        SecretStore store = passphrase.length > 0 ? credentials.unlock(passphrase) : openSecrets();
        char[] password = store.get(current.secretKey()).orElseThrow(() -> new SecretStoreException(
                new OAuthSettingsFile(dataFolder).load().isPresent()
                        ? "This mailbox signs in through its provider, without a password: use the sign-in button to "
                                + "test it again."
                        : "No password is saved for " + current.address() + " on this desktop: type it to test."));
        return test(settings, password);
    }

    private static void requireSameConnection(AccountSettings saved, AccountSettings changed) {
        if (!saved.sameConnection(changed)) {
            throw new SecretStoreException("The saved password was typed for " + saved.user() + " at "
                    + saved.imap().host() + ". The address, user name or servers changed: type the password again, "
                    + "so it goes only where you mean it to.");
        }
    }

    /** Whether saving needs an owner passphrase (no desktop keyring here). */
    public boolean needsPassphrase() {
        return credentials.needsPassphrase();
    }

    /** Where the password will go, in words for the dialog. */
    public String passwordStorage() {
        return credentials.storage();
    }

    /** The connected mailbox's address when its password (or sign-in) is saved on this desktop. */
    public Optional<String> savedAccount() {
        return new AccountSettingsFile(dataFolder).load().filter(credentials::credentialSaved)
                .map(AccountSettings::address);
    }

    public List<ConnectionCheck.Step> test(AccountSettings settings, char[] password) {
        return ConnectionCheck.run(settings, password, login);
    }

    /**
     * Trusts the refused certificate (which the user compared with the fingerprint the server's
     * owner gave) for its server in this mailbox, in place of one trusted for that server before:
     * stores it in the data folder and returns the settings that use it. Saved with the account on
     * Save; the host-name check stays on.
     */
    public AccountSettings trust(AccountSettings settings, CertificateProblem refused) throws IOException {
        return settings.withTrustedCertificate(new TrustedCertificates(dataFolder)
                .trust(settings.trustedCertificate(), refused));
    }

    /** Saves the account; the next start (or a reconnect) uses it instead of the demo. */
    public void save(AccountSettings settings, char[] password, char[] passphrase) throws IOException {
        SecretStore store = secrets(passphrase);
        Optional<AccountSettings> before = saved();
        store.put(settings.secretKey(), password);
        new OAuthSettingsFile(dataFolder).delete();
        new AccountSettingsFile(dataFolder).save(settings);
        tellChanged(before, settings, true);
        unlocked.accept(store);
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
        SecretStore store = secrets(passphrase);
        OAuthSignIn signIn = new OAuthSignIn(oauth.client(env), store, Clock.systemUTC());
        OAuthTokenSource tokens = signIn.signIn(settings.user(), browser);
        String checked = new MailboxLogin().check(settings, tokens);
        file.save(oauth);
        new AccountSettingsFile(dataFolder).save(settings);
        unlocked.accept(store);
        return checked;
    }

    /** The owner's secrets: an assistant's passphrase unlocks the mailbox but never changes its password. */
    private SecretStore secrets(char[] passphrase) {
        SecretStore store = credentials.unlock(passphrase);
        DesktopCredentials.holder(store).filter(holder -> !holder.owner()).ifPresent(assistant -> {
            throw new SecretStoreException("The mailbox password is saved — only the owner can change it. "
                    + assistant.name() + "'s passphrase opens the mailbox but cannot connect another one.");
        });
        return store;
    }
}
