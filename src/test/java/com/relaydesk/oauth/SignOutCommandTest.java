package com.relaydesk.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.cli.TestCommandLine;
import com.relaydesk.account.AccountSettings;
import com.relaydesk.account.AccountSettingsFile;
import com.relaydesk.account.ServerEndpoint;
import com.relaydesk.mail.Security;
import com.relaydesk.platform.secrets.EncryptedFileSecretStore;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code relaydesk sign-out} against the loopback authorization server: the refresh token leaves
 * the secret store and every file of the data folder, the provider is asked to revoke it where it
 * can, and an offline computer still signs out locally and says the provider was not told.
 */
class SignOutCommandTest {

    static final String USER = "seller@example.org";
    static final String PASSPHRASE = "owner passphrase"; // RD_TEST_PASSPHRASE in the pom

    @TempDir
    Path dataDir;

    private LoopbackAuthorizationServer provider;
    private EncryptedFileSecretStore secrets;
    private final List<String> refreshTokens = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void startProvider() throws IOException {
        provider = new LoopbackAuthorizationServer(Clock.systemUTC(), (user, token) -> { });
        secrets = EncryptedFileSecretStore.open(dataDir.resolve("secrets.properties"), PASSPHRASE.toCharArray());
    }

    @AfterEach
    void stopProvider() {
        provider.close();
    }

    /** What "Sign in with Google" in the app leaves behind: account settings, oauth.properties, the refresh token. */
    private String connectWithOAuth(String profile, boolean revocationEndpoint) throws IOException {
        OAuthSettings settings = new OAuthSettings(profile, Optional.of(LoopbackAuthorizationServer.CLIENT_ID),
                Optional.of(provider.base().resolve("/authorize")), Optional.of(provider.base().resolve("/token")),
                revocationEndpoint ? Optional.of(provider.base().resolve("/revoke")) : Optional.empty(), List.of());
        new OAuthSettingsFile(dataDir).save(settings);
        new AccountSettingsFile(dataDir).save(new AccountSettings(USER, USER,
                new ServerEndpoint("127.0.0.1", 993, Security.TLS), new ServerEndpoint("127.0.0.1", 465, Security.TLS),
                List.of(USER), true));
        return signInOnce(settings);
    }

    private String signInOnce(OAuthSettings settings) {
        new OAuthSignIn(settings.client(Map.of()), secrets, Clock.systemUTC()).signIn(USER, new TestBrowser());
        String token = new String(secrets.get(SavedSignIn.key(settings.provider(), USER)).orElseThrow());
        refreshTokens.add(token);
        return token;
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return TestCommandLine.run(out, err, all.toArray(String[]::new));
    }

    @Test
    void signingOutOfAGoogleMailboxRevokesItAtGoogleAndLeavesNoTokenAnywhereInTheDataFolder() throws IOException {
        String refresh = connectWithOAuth("google", true);

        assertEquals(0, run("sign-out", "--passphrase-env", "RD_TEST_PASSPHRASE"), err::toString);

        assertEquals(List.of(refresh), provider.revocations, "the revocation request reached the provider");
        assertFalse(provider.holdsRefreshToken(refresh), "the provider forgot the grant");
        assertTrue(out.toString().startsWith("Signed out of " + USER + ": its sign-in is deleted from this computer. "
                + "Google withdrew RelayDesk's access too."), out::toString);
        assertTrue(out.toString().contains("RelayDesk opens the offline demo"), out::toString);
        assertTrue(secrets.get(SavedSignIn.key("google", USER)).isEmpty(), "gone from the secret store");
        assertFalse(Files.exists(dataDir.resolve(AccountSettingsFile.FILE_NAME)), "no mailbox connected any more");
        assertFalse(Files.exists(dataDir.resolve(OAuthSettingsFile.FILE_NAME)));
        assertNoIssuedTokenInAnyFile();
    }

    @Test
    void signingOutOfflineStillDeletesTheTokenHereAndSaysTheRevocationCouldNotBeSent() throws IOException {
        String refresh = connectWithOAuth("google", true);
        provider.close(); // no connection to the provider any more

        assertEquals(3, run("sign-out", "--passphrase-env", "RD_TEST_PASSPHRASE"), err::toString);

        assertTrue(out.toString().contains("Signed out of " + USER + ": its sign-in is deleted from this computer."),
                out::toString);
        assertTrue(out.toString().contains("The request to withdraw RelayDesk's access could not be sent to Google "
                + "(no connection)"), out::toString);
        assertTrue(out.toString().contains("https://myaccount.google.com/connections"), out::toString);
        assertTrue(provider.revocations.isEmpty());
        assertTrue(provider.holdsRefreshToken(refresh), "still valid at the provider, as the message says");
        assertTrue(secrets.get(SavedSignIn.key("google", USER)).isEmpty(), "but gone from this computer");
        assertFalse(Files.exists(dataDir.resolve(AccountSettingsFile.FILE_NAME)));
        assertNoIssuedTokenInAnyFile();
    }

    @Test
    void microsoftHasNoRevocationEndpointSoSigningOutSaysWhereToRemoveTheAccessByHand() throws IOException {
        connectWithOAuth("microsoft", false);

        assertEquals(0, run("sign-out", "--passphrase-env", "RD_TEST_PASSPHRASE"), err::toString);

        assertTrue(provider.revocations.isEmpty(), "nothing is sent where there is no endpoint");
        assertTrue(out.toString().contains("Microsoft offers apps no way to withdraw a sign-in"), out::toString);
        assertTrue(out.toString().contains("https://account.live.com/consent/Manage"), out::toString);
        assertTrue(secrets.get(SavedSignIn.key("microsoft", USER)).isEmpty());
        assertFalse(Files.exists(dataDir.resolve(AccountSettingsFile.FILE_NAME)));
        assertNoIssuedTokenInAnyFile();
    }

    @Test
    void aSignInMadeBySyncOauthIsSignedOutByProfileAndUserAndTheNextSyncAsksForASignIn() throws IOException {
        OAuthSettings generic = new OAuthSettings("generic", Optional.of(LoopbackAuthorizationServer.CLIENT_ID),
                Optional.of(provider.base().resolve("/authorize")), Optional.of(provider.base().resolve("/token")),
                Optional.of(provider.base().resolve("/revoke")), List.of("mail.imap", "mail.smtp", "offline_access"));
        new OAuthSettingsFile(dataDir).save(generic);
        String refresh = signInOnce(generic);

        assertEquals(0, run("sign-out", "--oauth", "generic", "--user", USER, "--passphrase-env", "RD_TEST_PASSPHRASE"),
                err::toString);
        assertEquals(List.of(refresh), provider.revocations);
        assertTrue(out.toString().startsWith("Signed out of " + USER + ": the 127.0.0.1 sign-in is deleted from this "
                + "computer. 127.0.0.1 withdrew RelayDesk's access too."), out::toString);
        assertTrue(secrets.get(SavedSignIn.key("generic", USER)).isEmpty());

        out.getBuffer().setLength(0);
        assertEquals(1, run("sync", "--oauth", "generic", "--host", "127.0.0.1", "--port", "1", "--plain",
                "--user", USER, "--passphrase-env", "RD_TEST_PASSPHRASE"));
        assertTrue(err.toString().contains("No 127.0.0.1 sign-in is saved for " + USER), err::toString);
        assertNoIssuedTokenInAnyFile();
    }

    @Test
    void anAssistantsPassphraseCannotSignTheMailboxOutNorWithdrawTheOwnersGrant() throws IOException {
        String refresh = connectWithOAuth("google", true);
        secrets.addAssistant("Anna Berg", "anna's own passphrase".toCharArray());
        EncryptedFileSecretStore asAnna = EncryptedFileSecretStore.open(dataDir.resolve("secrets.properties"),
                "anna's own passphrase".toCharArray());

        com.relaydesk.platform.secrets.SecretStoreException refused = org.junit.jupiter.api.Assertions.assertThrows(
                com.relaydesk.platform.secrets.SecretStoreException.class,
                () -> new com.relaydesk.account.AccountSignOut(dataDir, () -> asAnna, Map.of()).signOut());
        assertEquals("Only the owner can sign " + USER + " out: Anna Berg's passphrase opens the mailbox but does not "
                + "change its sign-in. Ask the owner.", refused.getMessage());
        assertTrue(provider.revocations.isEmpty(), "nothing was sent to the provider");
        assertEquals(refresh, new String(secrets.get(SavedSignIn.key("google", USER)).orElseThrow()));
        assertTrue(Files.exists(dataDir.resolve(AccountSettingsFile.FILE_NAME)));
    }

    @Test
    void withNothingConnectedSignOutSaysSoAndSucceeds() {
        assertEquals(0, run("sign-out", "--passphrase-env", "RD_TEST_PASSPHRASE"), err::toString);
        assertEquals("No mailbox is connected here, so there is nothing to sign out of; RelayDesk opens the offline "
                + "demo.", out.toString().strip());
    }

    @Test
    void signingOutByProfileWithoutTheUserIsRefusedInOneSentence() {
        assertEquals(1, run("sign-out", "--oauth", "google"));
        assertTrue(err.toString().startsWith("relaydesk: Say which mailbox to sign out: --user is needed with --oauth."),
                err::toString);
    }

    private void assertNoIssuedTokenInAnyFile() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(p -> p.toString().endsWith(".log")), "the command wrote its log: " + files);
        assertFalse(provider.issued.isEmpty());
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String token : provider.issued) {
                assertFalse(text.contains(token), token.substring(0, 8) + "… in plain text in " + file);
            }
        }
    }
}
