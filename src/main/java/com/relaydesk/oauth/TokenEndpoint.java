package com.relaydesk.oauth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The provider's token endpoint (RFC 6749 §4.1.3, §6) and revocation endpoint (RFC 7009):
 * exchanges a code, refreshes, revokes, and turns each error code into a sentence for the user.
 */
public final class TokenEndpoint {

    /** Used when the answer has no expires_in: treat the token as short-lived rather than forever. */
    static final Duration UNKNOWN_LIFETIME = Duration.ofMinutes(30);

    private final OAuthClient client;
    private final HttpClient http;
    private final Clock clock;

    public TokenEndpoint(OAuthClient client, HttpClient http, Clock clock) {
        this.client = client;
        this.http = http;
        this.clock = clock;
    }

    public static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public OAuthClient client() {
        return client;
    }

    /** Trades the authorization code for tokens, proving with the PKCE verifier that we asked for it. */
    public OAuthTokens exchange(String code, String verifier, URI redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri.toString());
        form.put("code_verifier", verifier);
        return grant(form, Set.copyOf(client.provider().scopes()), "finishing the sign-in");
    }

    /** A new access token for the refresh token; SignInRequiredException when it was revoked or expired. */
    public OAuthTokens refresh(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return grant(form, Set.of(), "renewing the sign-in");
    }

    /**
     * Tells the provider to forget the grant (RFC 7009). True when it accepted, or answered that
     * the token was already invalid (RFC 7009 §2.2: nothing left to revoke); false when the
     * provider has no revocation endpoint or refused. Throws OAuthException when unreachable.
     */
    public boolean revoke(String refreshToken) {
        URI endpoint = client.provider().revocation();
        if (endpoint == null) {
            return false;
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", refreshToken);
        form.put("token_type_hint", "refresh_token");
        if (!client.clientId().isEmpty()) {
            form.put("client_id", client.clientId());
        }
        HttpResponse<String> response = post(endpoint, form, "signing out");
        if (response.statusCode() == 200) {
            return true;
        }
        try {
            return "invalid_token".equals(TokenResponse.fields(response.body()).get("error"));
        } catch (IllegalArgumentException notJson) {
            return false;
        }
    }

    private OAuthTokens grant(Map<String, String> form, Set<String> requested, String doing) {
        form.put("client_id", client.clientId());
        client.clientSecret().ifPresent(secret -> form.put("client_secret", secret));
        Instant sent = clock.instant();
        HttpResponse<String> response = post(client.provider().token(), form, doing);
        Map<String, String> body;
        try {
            body = TokenResponse.fields(response.body());
        } catch (IllegalArgumentException e) {
            throw new OAuthException("The " + name() + " sign-in server gave an answer RelayDesk cannot read (HTTP "
                    + response.statusCode() + ") while " + doing + ". Try again later.", e, true);
        }
        if (response.statusCode() != 200 || !body.containsKey("access_token")) {
            throw failure(response.statusCode(), body, doing);
        }
        String type = body.getOrDefault("token_type", "Bearer");
        if (!type.equalsIgnoreCase("Bearer")) {
            throw new OAuthException("The " + name() + " sign-in server issued a '" + type + "' token; mail servers "
                    + "accept only Bearer tokens. Check the provider settings.");
        }
        // Counted from when we asked, not when the answer came: a slow answer must not stretch the lifetime.
        Instant expiresAt = body.containsKey("expires_in")
                ? sent.plusSeconds(Long.parseLong(body.get("expires_in").strip()))
                : sent.plus(UNKNOWN_LIFETIME);
        Set<String> granted = body.containsKey("scope") ? scopes(body.get("scope")) : requested;
        return new OAuthTokens(body.get("access_token"), Optional.ofNullable(body.get("refresh_token")), expiresAt, granted);
    }

    private OAuthException failure(int status, Map<String, String> body, String doing) {
        String error = body.getOrDefault("error", "").toLowerCase(Locale.ROOT);
        String detail = body.containsKey("error_description") ? " (" + body.get("error_description") + ")" : "";
        return switch (error) {
            case "invalid_grant" -> new SignInRequiredException("Your " + name() + " sign-in is no longer valid: it was "
                    + "revoked, its password changed, or it expired" + detail + ". Sign in with " + name()
                    + " again; RelayDesk will not try the old sign-in again.");
            case "invalid_scope" -> new OAuthException("The " + name() + " sign-in refused the mail permissions RelayDesk "
                    + "asks for" + detail + ". Check that the client ID is allowed the scopes "
                    + String.join(" ", client.provider().mailScopes()) + ", then sign in again.");
            case "invalid_client", "unauthorized_client" -> new OAuthException("The " + name() + " sign-in does not accept "
                    + "the client ID " + client.clientId() + detail + ". Check " + client.provider().clientIdVariable()
                    + " (and the client secret for Google) against your app registration.");
            default -> new OAuthException("The " + name() + " sign-in server refused the request while " + doing
                    + " (HTTP " + status + (error.isEmpty() ? "" : ", " + error) + detail + "). Try again later.",
                    null, status >= 500);
        };
    }

    private HttpResponse<String> post(URI endpoint, Map<String, String> form, String doing) {
        String encoded = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new OAuthException("RelayDesk could not reach the " + name() + " sign-in server at "
                    + endpoint.getHost() + " while " + doing + " (" + e.getClass().getSimpleName()
                    + "). Check your internet connection.", e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OAuthException("The sign-in was interrupted.", e, true);
        }
    }

    static Set<String> scopes(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.split("[\\s,]+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * The mail scopes missing from a grant (the user unticked a permission, or the client is
     * registered without it). Compared case-insensitively: Microsoft echoes scopes in its own case.
     */
    static List<String> missingMailScopes(OAuthProvider provider, Set<String> granted) {
        Set<String> lower = granted.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return provider.mailScopes().stream().filter(s -> !lower.contains(s.toLowerCase(Locale.ROOT))).toList();
    }

    private String name() {
        return client.provider().displayName();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
