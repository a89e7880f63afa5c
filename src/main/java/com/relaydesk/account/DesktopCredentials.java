package com.relaydesk.account;

import com.relaydesk.oauth.OAuthSettingsFile;
import com.relaydesk.oauth.SavedSignIn;
import com.relaydesk.platform.secrets.EncryptedFileSecretStore;
import com.relaydesk.platform.secrets.OsCredentialStores;
import com.relaydesk.platform.secrets.SecretStore;
import com.relaydesk.platform.secrets.SecretStoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where this desktop keeps the mailbox credential (password or OAuth refresh token), and what the
 * owner can do about it: give an assistant their own passphrase, revoke it, sign this desktop out.
 *
 * <p>With the desktop keyring (Secret Service) the credential is protected by the OS account:
 * whoever logs in to it can use the mailbox, so on a shared OS account the app's profile PINs are
 * the protection, and revoking means removing the keyring item or changing the mailbox password.
 * Without one, the credential is in {@link EncryptedFileSecretStore}, with a key slot for the owner
 * and one per assistant.
 */
public final class DesktopCredentials {

    public static final String SECRETS_FILE = "secrets.properties";

    private final Path dataFolder;
    private final Optional<? extends SecretStore> keyring;

    DesktopCredentials(Path dataFolder, Optional<? extends SecretStore> keyring) {
        this.dataFolder = dataFolder;
        this.keyring = keyring;
    }

    /**
     * The OS credential store when there is one (Secret Service, macOS Keychain, Windows Credential
     * Manager), else the encrypted file in {@code dataFolder}.
     */
    public static DesktopCredentials of(Path dataFolder) {
        return new DesktopCredentials(dataFolder, OsCredentialStores.forThisComputer(dataFolder.resolve(SECRETS_FILE)));
    }

    /** Always the encrypted file with key slots, even where a keyring exists. */
    public static DesktopCredentials encryptedFile(Path dataFolder) {
        return new DesktopCredentials(dataFolder, Optional.empty());
    }

    public boolean usesKeyring() {
        return keyring.isPresent();
    }

    /** Whether unlocking needs a passphrase (the owner's or an assistant's). */
    public boolean needsPassphrase() {
        return keyring.isEmpty();
    }

    /** Where the credential is kept, in words for the settings screens. */
    public String storage() {
        return keyring.<String>map(SecretStore::description)
                .orElse("an encrypted file in the data folder, unlocked with your passphrase");
    }

    /** Opens the secrets: the keyring, or the file with the owner's or an assistant's passphrase. */
    public SecretStore unlock(char[] passphrase) {
        if (keyring.isPresent()) {
            return keyring.get();
        }
        return EncryptedFileSecretStore.open(secretsFile(), passphrase);
    }

    /**
     * The assistants' key slots for profiles: with the encrypted file, a linked profile unlocks with
     * its slot's passphrase; with the keyring there are none and profiles keep PINs.
     */
    public com.relaydesk.team.KeySlots keySlots() {
        return keyring.isPresent() ? com.relaydesk.team.KeySlots.NONE : new AssistantKeySlots(secretsFile());
    }

    /** Who a passphrase unlocks as; the keyring counts as its OS account's owner. */
    public static Optional<EncryptedFileSecretStore.Holder> holder(SecretStore store) {
        return store instanceof EncryptedFileSecretStore file ? Optional.of(file.holder()) : Optional.empty();
    }

    /** The assistants with their own passphrase on this desktop (none with the keyring). */
    public List<String> assistants() {
        return keyring.isPresent() || !Files.exists(secretsFile()) ? List.of()
                : EncryptedFileSecretStore.assistantsIn(secretsFile());
    }

    /** Whether a credential for {@code settings} is saved here (with the keyring: assumed, it cannot be listed). */
    public boolean credentialSaved(AccountSettings settings) {
        if (keyring.isPresent()) {
            return true;
        }
        if (!Files.exists(secretsFile())) {
            return false;
        }
        List<String> keys = credentialKeys(settings);
        return EncryptedFileSecretStore.keysIn(secretsFile()).stream().anyMatch(keys::contains);
    }

    public void addAssistant(char[] ownerPassphrase, String name, char[] passphrase) {
        owner(ownerPassphrase).addAssistant(name, passphrase);
    }

    /** Removes the assistant's slot and re-encrypts under a new data key. */
    public void revoke(char[] ownerPassphrase, String name) {
        owner(ownerPassphrase).revoke(name);
    }

    /**
     * "Sign out this desktop": deletes the saved mailbox password or OAuth sign-in and the account
     * settings here, so this desktop opens the offline demo until the owner connects it again. Other
     * desktops and the provider's grant are untouched ({@code relaydesk sign-out} withdraws the grant).
     */
    public void signOut(char[] ownerPassphrase, AccountSettings settings) throws IOException {
        SecretStore store = keyring.isPresent() ? keyring.get() : owner(ownerPassphrase);
        for (String key : credentialKeys(settings)) {
            store.remove(key);
        }
        new OAuthSettingsFile(dataFolder).delete();
        new AccountSettingsFile(dataFolder).delete();
    }

    /** Signs out the connected mailbox (see {@link #signOut(char[], AccountSettings)}). */
    public void signOut(char[] ownerPassphrase) throws IOException {
        AccountSettings settings = new AccountSettingsFile(dataFolder).load().orElseThrow(() ->
                new SecretStoreException("No mailbox is connected on this desktop, so there is nothing to sign out."));
        signOut(ownerPassphrase, settings);
    }

    /** What the access screen shows, read from disk without unlocking anything. */
    public record Status(boolean keyring, String storage, Optional<String> mailbox, boolean credentialSaved,
            List<String> assistants) { }

    public Status status() {
        Optional<AccountSettings> account = new AccountSettingsFile(dataFolder).load();
        return new Status(usesKeyring(), storage(), account.map(AccountSettings::address),
                account.map(this::credentialSaved).orElse(false), assistants());
    }

    Path secretsFile() {
        return dataFolder.resolve(SECRETS_FILE);
    }

    private EncryptedFileSecretStore owner(char[] ownerPassphrase) {
        if (keyring.isPresent()) {
            throw new SecretStoreException("With the desktop keyring, the OS account protects the mailbox password: "
                    + "give each assistant their own OS account, or use profile PINs on a shared one.");
        }
        if (!Files.exists(secretsFile())) {
            throw new SecretStoreException("No mailbox password is saved on this desktop yet: connect the mailbox "
                    + "first (menu → Connect a mailbox…, or Mailbox settings… to type its password).");
        }
        EncryptedFileSecretStore store = EncryptedFileSecretStore.open(secretsFile(), ownerPassphrase);
        if (!store.holder().owner()) {
            throw new SecretStoreException("That is " + store.holder().name() + "'s passphrase. Only the owner's "
                    + "passphrase can change who has access.");
        }
        return store;
    }

    private List<String> credentialKeys(AccountSettings settings) {
        List<String> keys = new ArrayList<>(List.of(settings.secretKey()));
        try {
            new OAuthSettingsFile(dataFolder).load()
                    .ifPresent(oauth -> keys.add(SavedSignIn.key(oauth.resolveProvider().id(), settings.user())));
        } catch (RuntimeException unreadable) {
            // no usable OAuth settings: nothing saved under an OAuth key either
        }
        return keys;
    }
}
