package com.relaydesk.oauth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The first sign-in (RFC 6749 authorization code + RFC 7636 PKCE S256 + RFC 8252 loopback
 * redirect): opens the provider's page in the browser, receives the code on 127.0.0.1, checks
 * the state, exchanges the code, and checks that the mail scopes were granted.
 */
public final class AuthorizationCodeFlow {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private final TokenEndpoint endpoint;
    private final BrowserOpener browser;
    private final SecureRandom random;
    private final Duration timeout;

    public AuthorizationCodeFlow(TokenEndpoint endpoint, BrowserOpener browser, SecureRandom random, Duration timeout) {
        this.endpoint = endpoint;
        this.browser = browser;
        this.random = random;
        this.timeout = timeout;
    }

    /**
     * Signs {@code loginHint} (the mailbox address, pre-filled on the provider's page) in and
     * returns the tokens, with a refresh token.
     */
    public OAuthTokens signIn(String loginHint) {
        OAuthClient client = endpoint.client();
        OAuthProvider provider = client.provider();
        String name = provider.displayName();
        Pkce pkce = Pkce.create(random);
        String state = Pkce.randomState(random);
        try (LoopbackRedirect redirect = LoopbackRedirect.start()) {
            URI page = authorizationPage(client, redirect.redirectUri(), pkce, state, loginHint);
            try {
                browser.open(page);
            } catch (Exception e) {
                throw new OAuthException("RelayDesk could not open your web browser (" + e.getMessage() + "). Open this "
                        + "address in a browser on this computer to sign in: " + page, e, false);
            }
            Map<String, String> answer = redirect.await(timeout);
            if (!state.equals(answer.get("state"))) {
                throw new OAuthException("The sign-in answer did not belong to the sign-in RelayDesk started (the "
                        + "state did not match), so it was ignored. Start the sign-in with " + name + " again.");
            }
            if (answer.containsKey("error")) {
                throw refused(name, provider, answer);
            }
            String code = answer.get("code");
            OAuthTokens tokens = endpoint.exchange(code, pkce.verifier(), redirect.redirectUri());
            List<String> missing = TokenEndpoint.missingMailScopes(provider, tokens.scopes());
            if (!missing.isEmpty()) {
                throw wrongScope(name, missing);
            }
            if (tokens.refreshToken().isEmpty()) {
                throw new OAuthException(name + " signed you in but gave RelayDesk no lasting access (no refresh "
                        + "token), so you would have to sign in every hour. Remove RelayDesk under your " + name
                        + " account's third-party access, then sign in again.");
            }
            return tokens;
        }
    }

    static OAuthException wrongScope(String name, List<String> missing) {
        return new SignInRequiredException("You signed in with " + name + " but RelayDesk did not get permission to "
                + "read and send mail (" + String.join(", ", missing) + " missing). Sign in again and allow "
                + "access to your mail, or ask your administrator to allow it for RelayDesk.");
    }

    private static OAuthException refused(String name, OAuthProvider provider, Map<String, String> answer) {
        String error = answer.get("error");
        String detail = answer.containsKey("error_description") ? " (" + answer.get("error_description") + ")" : "";
        return switch (error) {
            case "access_denied" -> new OAuthException("The " + name + " sign-in was cancelled or access was not "
                    + "allowed" + detail + ". Sign in again and allow RelayDesk to read and send your mail.");
            case "invalid_scope" -> wrongScope(name, provider.mailScopes());
            default -> new OAuthException(name + " refused the sign-in: " + error + detail
                    + ". Check the client ID in the settings, then try again.");
        };
    }

    static URI authorizationPage(OAuthClient client, URI redirectUri, Pkce pkce, String state, String loginHint) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("response_type", "code");
        q.put("client_id", client.clientId());
        q.put("redirect_uri", redirectUri.toString());
        q.put("scope", String.join(" ", client.provider().scopes()));
        q.put("state", state);
        q.put("code_challenge", pkce.challenge());
        q.put("code_challenge_method", "S256");
        if (loginHint != null && !loginHint.isBlank()) {
            q.put("login_hint", loginHint);
        }
        q.putAll(client.provider().extraAuthorizeParameters());
        String base = client.provider().authorization().toString();
        String query = q.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(base + (base.contains("?") ? "&" : "?") + query);
    }
}
