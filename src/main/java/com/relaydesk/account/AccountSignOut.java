package com.relaydesk.account;

import com.relaydesk.oauth.OAuthClient;
import com.relaydesk.oauth.OAuthException;
import com.relaydesk.oauth.OAuthProvider;
import com.relaydesk.oauth.OAuthSettings;
import com.relaydesk.oauth.OAuthSettingsFile;
import com.relaydesk.oauth.OAuthSignIn;
import com.relaydesk.oauth.SignOutResult;
import com.relaydesk.platform.secrets.SecretStore;
import com.relaydesk.platform.secrets.SecretStoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Sign out": withdraws the mailbox's OAuth grant at the provider where it can (RFC 7009),
 * deletes the refresh token (or password) from the secret store and the account settings from
 * the data folder, so RelayDesk opens the offline demo until a mailbox is connected again. The
 * local part never depends on the network. The cache (messages, drafts, outbox) stays.
 */
public final class AccountSignOut {

    /** What happened, in one or two sentences for the user. */
    public record Outcome(boolean signedOut, Optional<SignOutResult> provider, String sentence) {

        /** The provider may still hold a valid grant (offline, refused, or no revocation offered). */
        public boolean grantMayRemain() {
            return provider.map(SignOutResult::grantMayRemain).orElse(false);
        }
    }

    private final Path dataFolder;
    private final Supplier<SecretStore> secrets;
    private final Map<String, String> env;

    /**
     * @param secrets opened only when there is something to sign out of (the encrypted file needs a passphrase)
     * @param env     where a client ID not saved in oauth.properties comes from (the process environment)
     */
    public AccountSignOut(Path dataFolder, Supplier<SecretStore> secrets, Map<String, String> env) {
        this.dataFolder = dataFolder;
        this.secrets = secrets;
        this.env = env;
    }

    /** The connected mailbox (account.properties), if any. */
    public Optional<AccountSettings> connected() {
        return new AccountSettingsFile(dataFolder).load();
    }

    /** Signs the connected mailbox out and disconnects it; the next start (or reopen) shows the demo. */
    public Outcome signOut() {
        Optional<AccountSettings> account = connected();
        if (account.isEmpty()) {
            return new Outcome(false, Optional.empty(), "No mailbox is connected here, so there is nothing to sign "
                    + "out of; RelayDesk opens the offline demo.");
        }
        AccountSettings settings = account.get();
        Optional<OAuthSettings> oauth = new OAuthSettingsFile(dataFolder).load();
        SecretStore store = ownersOnly(secrets.get(), "sign " + settings.address() + " out");
        Optional<SignOutResult> provider = oauth.map(o -> signIn(o, store).signOut(settings.user()));
        store.remove(settings.secretKey()); // a password, when the mailbox used one
        try {
            new OAuthSettingsFile(dataFolder).delete();
            new AccountSettingsFile(dataFolder).delete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String how = oauth.isPresent() ? "its sign-in is deleted from this computer" : "its password is deleted from "
                + "this computer";
        return new Outcome(true, provider, "Signed out of " + settings.address() + ": " + how + "."
                + provider.filter(p -> p.revocation() != SignOutResult.Revocation.NOTHING_SAVED)
                        .map(p -> " " + p.sentence()).orElse("")
                + " RelayDesk opens the offline demo until you connect a mailbox again.");
    }

    /**
     * Signs out a sign-in made on the command line ({@code relaydesk sync --oauth PROFILE}),
     * which has no account settings; the connected mailbox, if another, stays.
     */
    public Outcome signOut(String profile, String user) {
        OAuthSettings oauth = new OAuthSettingsFile(dataFolder).load()
                .filter(s -> s.provider().equalsIgnoreCase(profile))
                .orElse(OAuthSettings.of(profile.toLowerCase(Locale.ROOT)));
        SignOutResult result = signIn(oauth, ownersOnly(secrets.get(), "sign " + user + " out")).signOut(user);
        if (result.revocation() == SignOutResult.Revocation.NOTHING_SAVED) {
            return new Outcome(false, Optional.of(result), result.sentence() + " Nothing was changed.");
        }
        return new Outcome(true, Optional.of(result), "Signed out of " + user + ": the " + oauth.resolveProvider()
                .displayName() + " sign-in is deleted from this computer. " + result.sentence());
    }

    /**
     * An assistant's passphrase opens the mailbox but does not decide about its credential: signing
     * out would withdraw the owner's grant at the provider for every desktop.
     */
    static SecretStore ownersOnly(SecretStore store, String action) {
        DesktopCredentials.holder(store).filter(holder -> !holder.owner()).ifPresent(assistant -> {
            throw new SecretStoreException("Only the owner can " + action + ": " + assistant.name() + "'s passphrase "
                    + "opens the mailbox but does not change its sign-in. Ask the owner.");
        });
        return store;
    }

    private OAuthSignIn signIn(OAuthSettings oauth, SecretStore store) {
        OAuthProvider provider = oauth.resolveProvider();
        OAuthClient client;
        try {
            client = oauth.client(env);
        } catch (OAuthException noClientId) {
            // Revocation needs only the token; a lost client ID must not keep the token here.
            client = new OAuthClient(provider, "", Optional.empty());
        }
        return new OAuthSignIn(client, store, Clock.systemUTC());
    }
}
