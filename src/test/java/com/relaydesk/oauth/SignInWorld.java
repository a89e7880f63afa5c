package com.relaydesk.oauth;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.relaydesk.account.AccountSettings;
import com.relaydesk.account.AccountSettingsFile;
import com.relaydesk.account.ServerEndpoint;
import com.relaydesk.mail.Security;
import com.relaydesk.platform.secrets.EncryptedFileSecretStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What the UI tests sign in to: GreenMail on loopback accepting exactly the access token the
 * loopback authorization server last issued (XOAUTH2), and a data folder whose oauth.properties
 * points the built-in profile (google, microsoft) at that server.
 */
public final class SignInWorld implements AutoCloseable {

    public static final String USER = "seller@example.org";
    /** RD_TEST_PASSPHRASE in the pom. */
    public static final String PASSPHRASE = "owner passphrase";

    public final GreenMail greenMail;
    public final LoopbackAuthorizationServer provider;
    public final Path dataDir;
    public final String profile;

    public SignInWorld(Path dataDir, String profile, boolean revocation) throws IOException {
        this.dataDir = dataDir;
        this.profile = profile;
        greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, "no-password-" + UUID.randomUUID()));
        greenMail.start();
        try { // a mailbox as providers set it up: the connection check wants Sent
            greenMail.getManagers().getImapHostManager().createMailbox(greenMail.getUserManager().getUser(USER), "Sent");
        } catch (com.icegreen.greenmail.store.FolderException | com.icegreen.greenmail.imap.AuthorizationException e) {
            throw new IOException(e);
        }
        provider = new LoopbackAuthorizationServer(Clock.systemUTC(), (user, token) ->
                greenMail.getUserManager().getUser(user).setPassword(token != null ? token : "gone-" + UUID.randomUUID()));
        new OAuthSettingsFile(dataDir).save(provider.settings(profile, revocation));
    }

    /** The mailbox as the form describes it: GreenMail's ports, no TLS (loopback only). */
    public AccountSettings account() {
        return new AccountSettings(USER, USER, new ServerEndpoint("127.0.0.1", greenMail.getImap().getPort(), Security.PLAIN),
                new ServerEndpoint("127.0.0.1", greenMail.getSmtp().getPort(), Security.PLAIN), List.of(USER), true);
    }

    public EncryptedFileSecretStore secrets() {
        return EncryptedFileSecretStore.open(dataDir.resolve("secrets.properties"), PASSPHRASE.toCharArray());
    }

    /** The state "Sign in with Google" leaves: the account saved, the refresh token in the secret store. */
    public String connectDirectly() throws IOException {
        OAuthSettings settings = new OAuthSettingsFile(dataDir).load().orElseThrow();
        new OAuthSignIn(settings.client(Map.of()), secrets(), Clock.systemUTC()).signIn(USER, new TestBrowser());
        new AccountSettingsFile(dataDir).save(account());
        return savedRefreshToken();
    }

    public String savedRefreshToken() {
        return secrets().get(SavedSignIn.key(profile, USER)).map(String::new).orElse(null);
    }

    /** The files of the data folder that contain any token the provider issued, in plain text. */
    public List<Path> filesWithATokenInPlainText() {
        try (Stream<Path> walk = Files.walk(dataDir)) {
            return walk.filter(Files::isRegularFile).filter(file -> {
                try {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    return provider.issued.stream().anyMatch(text::contains);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        provider.close();
        greenMail.stop();
    }
}
