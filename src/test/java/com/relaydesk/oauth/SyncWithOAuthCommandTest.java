package com.relaydesk.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.relaydesk.cli.TestCommandLine;
import com.relaydesk.platform.secrets.EncryptedFileSecretStore;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code relaydesk sync --oauth generic}: the provider's endpoints and client ID come from
 * oauth.properties, the refresh token from the encrypted secrets file; GreenMail checks XOAUTH2.
 */
class SyncWithOAuthCommandTest {

    static final String USER = "seller@example.org";
    static final String PASSPHRASE = "owner passphrase"; // RD_TEST_PASSPHRASE in the pom

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, "no-password-" + UUID.randomUUID()))
            .withPerMethodLifecycle(false);

    @TempDir
    Path dataDir;

    private LoopbackAuthorizationServer provider;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void providerWithASignedInMailbox() throws IOException {
        provider = new LoopbackAuthorizationServer(Clock.systemUTC(), (user, token) ->
                greenMail.getUserManager().getUser(user).setPassword(token != null ? token : "gone-" + UUID.randomUUID()));
        OAuthSettings settings = new OAuthSettings("generic", Optional.of(LoopbackAuthorizationServer.CLIENT_ID),
                Optional.of(provider.base().resolve("/authorize")), Optional.of(provider.base().resolve("/token")),
                Optional.of(provider.base().resolve("/revoke")), List.of("mail.imap", "mail.smtp", "offline_access"));
        new OAuthSettingsFile(dataDir).save(settings);
        EncryptedFileSecretStore secrets = EncryptedFileSecretStore.open(dataDir.resolve("secrets.properties"),
                PASSPHRASE.toCharArray());
        // The first run's browser sign-in, done here with the test browser (the CLI would print the address).
        new OAuthSignIn(settings.client(java.util.Map.of()), secrets, Clock.systemUTC()).signIn(USER, new TestBrowser());
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    private int sync() {
        return TestCommandLine.run(out, err, "--data-dir", dataDir.toString(), "sync", "--oauth", "generic", "--host", "127.0.0.1",
                "--port", Integer.toString(greenMail.getImap().getPort()), "--plain", "--user", USER,
                "--passphrase-env", "RD_TEST_PASSPHRASE");
    }

    @Test
    void syncSignsInWithTheSavedRefreshTokenOverXoauth2() throws IOException {
        assertEquals(0, sync(), err::toString);
        assertTrue(provider.issued.size() >= 3, "sign-in and renewal issued tokens: " + provider.issued.size());
        assertTrue(out.toString().contains("Synced"), out::toString);
        assertEquals(1, provider.refreshRequests.get(), "a new access token for this run, from the refresh token");
        assertNoTokenInTheDataFolder();
    }

    @Test
    void aRevokedSignInEndsTheSyncWithSignInAgainAndExitCodeOne() throws IOException {
        provider.revokeAllFor(USER);
        assertEquals(1, sync());
        assertTrue(err.toString().contains("sign-in is no longer valid"), err::toString);
        assertTrue(err.toString().contains("Sign in with 127.0.0.1 again"), err::toString);
        err.getBuffer().setLength(0);
        assertEquals(1, sync(), "the second run has nothing to try");
        assertTrue(err.toString().contains("No 127.0.0.1 sign-in is saved for " + USER
                + ". Run the command again with --sign-in"), err::toString);
        assertEquals(1, provider.refreshRequests.get(), "the revoked token was tried once, not on every run");
    }

    private void assertNoTokenInTheDataFolder() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(p -> p.toString().endsWith(".log")), "the command wrote its log: " + files);
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String token : provider.issued) {
                assertFalse(text.contains(token), token.substring(0, 8) + "… in plain text in " + file);
            }
        }
    }
}
