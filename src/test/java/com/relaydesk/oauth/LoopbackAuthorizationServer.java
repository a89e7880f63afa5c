package com.relaydesk.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * An OAuth 2.0 authorization server on loopback that does its job honestly: /authorize checks
 * the client, the loopback redirect and S256 and redirects back with a one-time code (the
 * "user" consents at once, with the scopes the test lets them grant); /token checks the code,
 * the redirect URI and the PKCE verifier, refreshes, rotates nothing; /revoke revokes. Access
 * tokens expire by the server's own clock. {@code mailbox} is told which token is currently
 * valid for which user, so the mail server can check XOAUTH2 against it.
 */
public final class LoopbackAuthorizationServer implements AutoCloseable {

    private static final com.google.gson.Gson JSON = new com.google.gson.Gson();

    record Code(String clientId, URI redirect, String challenge, String user, Set<String> scopes, Instant expires) { }

    record Grant(String user, Set<String> scopes) { }

    record Access(String user, Instant expires) { }

    public static final String CLIENT_ID = "relaydesk-test-client";

    private final HttpServer server;
    private final Clock clock;
    private final BiConsumer<String, String> mailbox;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Access> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, String> newestToken = new ConcurrentHashMap<>();
    public final AtomicInteger refreshRequests = new AtomicInteger();
    /** Every code and token handed out, for the test that greps files for them. */
    public final java.util.List<String> issued = new java.util.concurrent.CopyOnWriteArrayList<>();
    public final AtomicInteger tokenRequests = new AtomicInteger();
    /** The tokens sent to /revoke (RFC 7009), in order. */
    public final java.util.List<String> revocations = new java.util.concurrent.CopyOnWriteArrayList<>();
    volatile Duration accessLifetime = Duration.ofHours(1);
    /** The scopes the simulated user ticks on the consent page; null = all requested. */
    public volatile Set<String> userGrants;
    /** When set, the user clicks "Cancel" on the consent page. */
    public volatile boolean userDenies;

    public LoopbackAuthorizationServer(Clock clock, BiConsumer<String, String> mailbox) throws IOException {
        this.clock = clock;
        this.mailbox = mailbox;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/revoke", this::revoke);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public OAuthProvider provider(OAuthProvider like) {
        return like.at(base().resolve("/authorize"), base().resolve("/token"), base().resolve("/revoke"));
    }

    /** The user removes the app's access in their account settings. */
    public void revokeAllFor(String user) {
        refreshTokens.values().removeIf(g -> g.user().equals(user));
        accessTokens.values().removeIf(a -> a.user().equals(user));
        mailbox.accept(user, null);
    }

    /** oauth.properties pointing a built-in profile (google, microsoft) at this server, with the test client ID. */
    public OAuthSettings settings(String profile, boolean revocation) {
        return new OAuthSettings(profile, java.util.Optional.of(CLIENT_ID), java.util.Optional.of(base().resolve("/authorize")),
                java.util.Optional.of(base().resolve("/token")),
                revocation ? java.util.Optional.of(base().resolve("/revoke")) : java.util.Optional.empty(), java.util.List.of());
    }

    /** Moves nothing itself: call after the provider's clock moved, so expired tokens stop working. */
    void expireTokens() {
        Instant now = clock.instant();
        accessTokens.entrySet().removeIf(e -> {
            if (!now.isBefore(e.getValue().expires())) {
                if (e.getKey().equals(newestToken.get(e.getValue().user()))) {
                    mailbox.accept(e.getValue().user(), null);
                }
                return true;
            }
            return false;
        });
    }

    public boolean holdsRefreshToken(String token) {
        return refreshTokens.containsKey(token);
    }

    private void authorize(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> q = LoopbackRedirect.query(ex.getRequestURI().getRawQuery());
            URI redirect = URI.create(q.getOrDefault("redirect_uri", ""));
            if (!CLIENT_ID.equals(q.get("client_id")) || !"127.0.0.1".equals(redirect.getHost())
                    || !"http".equals(redirect.getScheme())) {
                send(ex, 400, "text/plain", "unknown client or redirect URI not on loopback");
                return;
            }
            String state = q.get("state");
            if (!"code".equals(q.get("response_type")) || !"S256".equals(q.get("code_challenge_method"))
                    || q.get("code_challenge") == null || state == null) {
                redirect(ex, redirect, "error=invalid_request&state=" + enc(state == null ? "" : state));
                return;
            }
            if (userDenies) {
                redirect(ex, redirect, "error=access_denied&error_description=" + enc("The user said no")
                        + "&state=" + enc(state));
                return;
            }
            Set<String> requested = TokenEndpoint.scopes(q.getOrDefault("scope", ""));
            Set<String> granted = userGrants == null ? requested : userGrants;
            String code = randomToken("code");
            codes.put(code, new Code(CLIENT_ID, redirect, q.get("code_challenge"), q.get("login_hint"), granted,
                    clock.instant().plusSeconds(60)));
            redirect(ex, redirect, "code=" + enc(code) + "&state=" + enc(state));
        }
    }

    private void token(HttpExchange ex) throws IOException {
        try (ex) {
            tokenRequests.incrementAndGet();
            Map<String, String> f = LoopbackRedirect.query(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (!CLIENT_ID.equals(f.get("client_id"))) {
                error(ex, 401, "invalid_client", "unknown client");
                return;
            }
            switch (f.getOrDefault("grant_type", "")) {
                case "authorization_code" -> {
                    Code code = codes.remove(f.getOrDefault("code", "")); // one use only
                    if (code == null || clock.instant().isAfter(code.expires())
                            || !code.redirect().toString().equals(f.get("redirect_uri"))
                            || !Pkce.s256(f.getOrDefault("code_verifier", "")).equals(code.challenge())) {
                        error(ex, 400, "invalid_grant", "bad code, redirect or verifier");
                        return;
                    }
                    String refresh = randomToken("refresh");
                    refreshTokens.put(refresh, new Grant(code.user(), code.scopes()));
                    issue(ex, code.user(), code.scopes(), refresh);
                }
                case "refresh_token" -> {
                    refreshRequests.incrementAndGet();
                    Grant grant = refreshTokens.get(f.getOrDefault("refresh_token", ""));
                    if (grant == null) {
                        error(ex, 400, "invalid_grant", "Token has been expired or revoked.");
                        return;
                    }
                    issue(ex, grant.user(), grant.scopes(), null);
                }
                default -> error(ex, 400, "unsupported_grant_type", null);
            }
        }
    }

    private void revoke(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> f = LoopbackRedirect.query(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            revocations.add(f.getOrDefault("token", ""));
            Grant g = refreshTokens.remove(f.getOrDefault("token", ""));
            if (g != null) {
                revokeAllFor(g.user());
            }
            send(ex, 200, "text/plain", "");
        }
    }

    private void issue(HttpExchange ex, String user, Set<String> scopes, String refresh) throws IOException {
        String access = randomToken("access");
        issued.add(access);
        if (refresh != null) {
            issued.add(refresh);
        }
        accessTokens.put(access, new Access(user, clock.instant().plus(accessLifetime)));
        newestToken.put(user, access);
        mailbox.accept(user, access);
        StringBuilder json = new StringBuilder("{\"access_token\":").append(JSON.toJson(access))
                .append(",\"token_type\":\"Bearer\",\"expires_in\":").append(accessLifetime.toSeconds())
                .append(",\"scope\":").append(JSON.toJson(String.join(" ", scopes)));
        if (refresh != null) {
            json.append(",\"refresh_token\":").append(JSON.toJson(refresh));
        }
        send(ex, 200, "application/json", json.append('}').toString());
    }

    private static void error(HttpExchange ex, int status, String error, String description) throws IOException {
        send(ex, status, "application/json", "{\"error\":" + JSON.toJson(error)
                + (description == null ? "" : ",\"error_description\":" + JSON.toJson(description)) + "}");
    }

    private static void redirect(HttpExchange ex, URI to, String query) throws IOException {
        ex.getResponseHeaders().set("Location", to + "?" + query);
        ex.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private String randomToken(String kind) {
        byte[] b = new byte[24];
        random.nextBytes(b);
        return kind + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
