package com.relaydesk.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.testing.HandClock;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import com.relaydesk.mail.imap.SyncTuning;
import com.relaydesk.platform.secrets.EncryptedFileSecretStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole sign-in against a real OAuth 2.0 server on loopback and GreenMail checking SASL
 * XOAUTH2 for IMAP and SMTP: the mail server accepts exactly the access token the authorization
 * server last issued and has not expired or revoked.
 */
class OAuthMailSignInTest {

    static final String USER = "seller@example.org";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, "no-password-" + UUID.randomUUID()))
            .withPerMethodLifecycle(false);

    @TempDir
    Path dataFolder;

    private final Instant start = Instant.parse("2026-11-30T08:00:00Z");
    private final HandClock providerClock = new HandClock(start);
    private final HandClock computerClock = new HandClock(start);
    private LoopbackAuthorizationServer provider;
    private EncryptedFileSecretStore secrets;
    private TokenEndpoint endpoint;
    private final Logger relaydeskLog = Logger.getLogger("com.relaydesk");
    private final Logger mailLog = Logger.getLogger("org.eclipse.angus");
    private FileHandler logFile;

    @BeforeEach
    void startProviderAndLog() throws IOException {
        provider = new LoopbackAuthorizationServer(providerClock, (user, token) ->
                greenMail.getUserManager().getUser(user).setPassword(token != null ? token : "gone-" + UUID.randomUUID()));
        secrets = EncryptedFileSecretStore.open(dataFolder.resolve("secrets.properties"), "owner passphrase".toCharArray());
        OAuthClient client = OAuthClient.resolve(provider.provider(OAuthProvider.google()), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Map.of("RELAYDESK_GOOGLE_CLIENT_ID", LoopbackAuthorizationServer.CLIENT_ID));
        endpoint = new TokenEndpoint(client, TokenEndpoint.defaultHttpClient(), computerClock);
        // Everything we and Jakarta Mail log, at every level, goes to a file in the data folder: the test greps it.
        Files.createDirectories(dataFolder.resolve("logs"));
        logFile = new FileHandler(dataFolder.resolve("logs/relaydesk-0.log").toString());
        logFile.setFormatter(new SimpleFormatter());
        logFile.setLevel(Level.ALL);
        for (Logger l : List.of(relaydeskLog, mailLog)) {
            l.setLevel(Level.ALL);
            l.addHandler(logFile);
        }
    }

    @AfterEach
    void stop() {
        for (Logger l : List.of(relaydeskLog, mailLog)) {
            l.removeHandler(logFile);
            l.setLevel(null);
        }
        logFile.close();
        provider.close();
    }

    private AuthorizationCodeFlow flow(BrowserOpener browser) {
        return new AuthorizationCodeFlow(endpoint, browser, new SecureRandom(), Duration.ofSeconds(20));
    }

    private OAuthTokenSource tokenSource() {
        return new OAuthTokenSource(endpoint, new SavedSignIn(secrets, "google", USER), USER, computerClock,
                OAuthTokenSource.DEFAULT_MARGIN);
    }

    private ImapBackend backend(OAuthTokenSource tokens) {
        MailAccount imap = MailAccount.of("127.0.0.1", greenMail.getImap().getPort(), USER, null, Security.PLAIN)
                .withAccessTokens(tokens);
        MailAccount smtp = MailAccount.of("127.0.0.1", greenMail.getSmtp().getPort(), USER, null, Security.PLAIN)
                .withAccessTokens(tokens);
        return new ImapBackend(imap, smtp, new FetchedMessageFactory(), SyncTuning.defaults());
    }

    private OAuthTokenSource signedIn() {
        OAuthTokenSource tokens = tokenSource();
        tokens.signedIn(flow(new TestBrowser()).signIn(USER));
        return tokens;
    }

    private static void readAndSend(ImapBackend backend) {
        backend.connect();
        assertTrue(backend.folders().contains("INBOX"));
        byte[] mail = ("From: " + USER + "\r\nTo: buyer@example.org\r\nSubject: Your order\r\nMessage-ID: <"
                + UUID.randomUUID() + "@example.org>\r\n\r\nIt ships today.\r\n").getBytes(StandardCharsets.US_ASCII);
        backend.send(mail, USER, List.of("buyer@example.org"));
    }

    @Test
    void firstSignInUsesPkceAndTheLoopbackRedirectThenReadsAndSendsOverXoauth2() throws Exception {
        TestBrowser browser = new TestBrowser();
        OAuthTokenSource tokens = tokenSource();
        OAuthTokens granted = flow(browser).signIn(USER);
        tokens.signedIn(granted);

        String page = browser.lastPage.toString();
        assertTrue(page.contains("code_challenge_method=S256"), page);
        assertTrue(page.contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A"), page);
        assertTrue(page.contains("login_hint=seller%40example.org"), page);
        assertTrue(page.contains("access_type=offline"), page);
        assertEquals(granted.refreshToken().orElseThrow(), new String(secrets.get("oauth:google:" + USER).orElseThrow()));
        try (ImapBackend backend = backend(tokens)) {
            readAndSend(backend);
        }
        assertTrue(greenMail.getReceivedMessagesForDomain("example.org").length > 0, "SMTP accepted the XOAUTH2 login");
        assertEquals(0, provider.refreshRequests.get(), "a fresh token needs no refresh");
        assertNoTokenInPlainText(granted.accessToken(), granted.refreshToken().orElseThrow());
    }

    @Test
    void anAccessTokenAboutToExpireIsRenewedSilentlyBeforeTheNextLogin() throws Exception {
        OAuthTokenSource tokens = signedIn();
        String first = tokens.accessToken();
        providerClock.advance(Duration.ofMinutes(57));
        computerClock.advance(Duration.ofMinutes(57));
        try (ImapBackend backend = backend(tokens)) {
            readAndSend(backend);
        }
        assertEquals(1, provider.refreshRequests.get());
        String renewed = tokens.accessToken();
        assertFalse(first.equals(renewed));
        // An hour later the old token is dead at the server; the new one works.
        providerClock.advance(Duration.ofMinutes(5));
        provider.expireTokens();
        computerClock.advance(Duration.ofMinutes(5));
        try (ImapBackend backend = backend(tokens)) {
            backend.connect();
        }
        assertEquals(1, provider.refreshRequests.get(), "still fresh: no second refresh");
        assertNoTokenInPlainText(first, renewed);
    }

    @Test
    void aRevokedSignInSaysSignInAgainAndNeverRetries() {
        OAuthTokenSource tokens = signedIn();
        List<String> prompts = new java.util.concurrent.CopyOnWriteArrayList<>();
        tokens.onSignInRequired(prompts::add); // the app shows "Sign in again" from this
        provider.revokeAllFor(USER); // the user removed RelayDesk from their Google account
        providerClock.advance(Duration.ofMinutes(61));
        computerClock.advance(Duration.ofMinutes(61));

        MailException first;
        try (ImapBackend backend = backend(tokens)) {
            first = assertThrows(SignInRequiredException.class, backend::connect);
        }
        assertTrue(first.getMessage().contains("Your Google sign-in is no longer valid"), first.getMessage());
        assertTrue(first.getMessage().contains("Sign in with Google again"), first.getMessage());
        assertFalse(first.retryable());
        assertEquals(1, provider.refreshRequests.get());
        assertTrue(secrets.get("oauth:google:" + USER).isEmpty(), "the dead refresh token is forgotten");

        int requests = provider.tokenRequests.get();
        for (int i = 0; i < 3; i++) { // the IDLE watcher and the sync button keep asking
            try (ImapBackend backend = backend(tokens)) {
                assertThrows(SignInRequiredException.class, backend::connect);
            }
        }
        assertEquals(List.of(first.getMessage()), prompts, "the app is told once, not on every attempt");
        OAuthTokenSource afterRestart = tokenSource();
        SignInRequiredException restarted = assertThrows(SignInRequiredException.class, afterRestart::accessToken);
        assertTrue(restarted.getMessage().contains("Sign in with Google first"), restarted.getMessage());
        assertEquals(requests, provider.tokenRequests.get(), "no request reached the provider after the refusal");
    }

    @Test
    void aSignInWithoutTheMailPermissionIsRefusedWithTheMissingScope() {
        provider.userGrants = Set.of("openid", "email"); // the user unticked "Read, compose, send … email"
        SignInRequiredException e = assertThrows(SignInRequiredException.class, () -> flow(new TestBrowser()).signIn(USER));
        assertTrue(e.getMessage().contains("did not get permission to read and send mail (https://mail.google.com/ missing)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Sign in again and allow access to your mail"), e.getMessage());
    }

    @Test
    void aCancelledConsentSaysSo() {
        provider.userDenies = true;
        OAuthException e = assertThrows(OAuthException.class, () -> flow(new TestBrowser()).signIn(USER));
        assertTrue(e.getMessage().startsWith("The Google sign-in was cancelled or access was not allowed"), e.getMessage());
    }

    @Test
    void aForgedRedirectWithAnotherStateIsIgnored() {
        TestBrowser attacker = new TestBrowser(location -> location.replaceAll("state=[^&]+", "state=forged"));
        OAuthException e = assertThrows(OAuthException.class, () -> flow(attacker).signIn(USER));
        assertTrue(e.getMessage().contains("the state did not match"), e.getMessage());
        assertEquals(0, provider.tokenRequests.get(), "the code was never exchanged");
    }

    @Test
    void aComputerClockBehindTheProviderStillRenewsInTimeThanksToTheMargin() {
        OAuthTokenSource tokens = signedIn();
        String first = tokens.accessToken();
        // This computer's clock lost 4 minutes (suspend, no NTP): by its count the token has 3 minutes left,
        // at the provider it expired already.
        providerClock.advance(Duration.ofMinutes(61));
        provider.expireTokens();
        computerClock.advance(Duration.ofMinutes(57));
        assertFalse(first.equals(tokens.accessToken()), "renewed before any login was tried");
        assertEquals(1, provider.refreshRequests.get());
        try (ImapBackend backend = backend(tokens)) {
            readAndSend(backend);
        }
        assertEquals(1, provider.refreshRequests.get());
    }

    @Test
    void aTokenTheServerRefusesDespiteTheClockIsRenewedOnceAndTheLoginRetriedOnce() {
        OAuthTokenSource tokens = new OAuthTokenSource(endpoint, new SavedSignIn(secrets, "google", USER), USER,
                computerClock, Duration.ZERO); // no margin: the skew hits the mail server
        tokens.signedIn(flow(new TestBrowser()).signIn(USER));
        providerClock.advance(Duration.ofMinutes(61));
        provider.expireTokens();
        computerClock.advance(Duration.ofMinutes(55));
        try (ImapBackend backend = backend(tokens)) {
            readAndSend(backend);
        }
        assertEquals(1, provider.refreshRequests.get());
    }

    @Test
    void aMailServerThatRefusesEvenFreshTokensStopsAfterTwoAttemptsWithAClearMessage() {
        // IMAP access turned off for the mailbox: the provider issues tokens, the mail server refuses them all.
        OAuthTokenSource refused = new OAuthTokenSource(endpoint, new SavedSignIn(secrets, "google", USER), USER,
                computerClock, OAuthTokenSource.DEFAULT_MARGIN);
        refused.signedIn(flow(new TestBrowser()).signIn(USER));
        greenMail.getUserManager().getUser(USER).setPassword("imap-disabled-" + UUID.randomUUID());
        MailAccount imap = MailAccount.of("127.0.0.1", greenMail.getImap().getPort(), USER, null, Security.PLAIN)
                .withAccessTokens(new OnlyIssuing(refused, greenMail));
        MailException first = assertThrows(MailException.class, () -> {
            try (ImapBackend backend = new ImapBackend(imap)) {
                backend.connect();
            }
        });
        assertTrue(first.getMessage().contains("refused the Google sign-in for " + USER
                + " even with a freshly renewed token, so RelayDesk stopped trying"), first.getMessage());
        int requests = provider.tokenRequests.get();
        SignInRequiredException later = assertThrows(SignInRequiredException.class, () -> {
            try (ImapBackend backend = new ImapBackend(imap)) {
                backend.connect();
            }
        });
        assertTrue(later.getMessage().contains("stopped trying to avoid a lock-out"), later.getMessage());
        assertEquals(requests, provider.tokenRequests.get());
    }

    /** Passes tokens through but keeps the mail server refusing them (IMAP turned off at the provider). */
    private record OnlyIssuing(OAuthTokenSource inner, GreenMailExtension server) implements com.relaydesk.mail.AccessTokenSource {
        @Override
        public String accessToken() {
            String token = inner.accessToken();
            server.getUserManager().getUser(USER).setPassword("imap-disabled-" + UUID.randomUUID());
            return token;
        }

        @Override
        public void rejected(String token) {
            inner.rejected(token);
        }

        @Override
        public String providerName() {
            return inner.providerName();
        }
    }

    private void assertNoTokenInPlainText(String... tokens) throws IOException {
        logFile.flush();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataFolder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(p -> p.getFileName().toString().equals("secrets.properties")));
        assertTrue(Files.size(dataFolder.resolve("logs/relaydesk-0.log")) > 0, "the log was written");
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String token : tokens) {
                String sasl = Base64.getEncoder().encodeToString(("user=" + USER + "\u0001auth=Bearer " + token
                        + "\u0001\u0001").getBytes(StandardCharsets.UTF_8));
                assertFalse(text.contains(token), token.substring(0, 6) + "… in plain text in " + file);
                assertFalse(text.contains(sasl), "the XOAUTH2 string is in " + file);
            }
        }
    }
}
