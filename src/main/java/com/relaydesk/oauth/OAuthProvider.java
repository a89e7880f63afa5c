package com.relaydesk.oauth;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One OAuth 2.0 provider as a mail client sees it: where to sign in, where to get tokens, which
 * scopes give IMAP and SMTP access, and which environment variables hold this installation's
 * client ID (and, for Google's desktop clients, the not-really-secret client secret).
 *
 * @param id                 short name used on the command line and in settings: google, microsoft, …
 * @param displayName        the name in messages ("Sign in with Google")
 * @param revocation         RFC 7009 endpoint, or null when the provider has none (Microsoft's identity
 *                           platform offers none; Google's is https://oauth2.googleapis.com/revoke)
 * @param scopes             what RelayDesk asks for
 * @param mailScopes         the scopes without which IMAP/SMTP will not work (checked on every grant)
 * @param extraAuthorizeParameters added to the browser request (Google needs access_type=offline)
 */
public record OAuthProvider(String id, String displayName, URI authorization, URI token, URI revocation,
        List<String> scopes, List<String> mailScopes, Map<String, String> extraAuthorizeParameters) {

    public OAuthProvider {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(token, "token");
        scopes = List.copyOf(scopes);
        mailScopes = List.copyOf(mailScopes);
        extraAuthorizeParameters = Map.copyOf(extraAuthorizeParameters);
        displayName = displayName == null ? id : displayName;
    }

    /** Gmail and Google Workspace: the full-mail scope is the only one IMAP and SMTP accept. */
    public static OAuthProvider google() {
        return new OAuthProvider("google", "Google", URI.create("https://accounts.google.com/o/oauth2/v2/auth"),
                URI.create("https://oauth2.googleapis.com/token"), URI.create("https://oauth2.googleapis.com/revoke"),
                List.of("https://mail.google.com/"), List.of("https://mail.google.com/"),
                // offline + consent: Google returns a refresh token only then.
                Map.of("access_type", "offline", "prompt", "consent"));
    }

    /** Microsoft 365 and Outlook.com through the v2.0 endpoint of any tenant. */
    public static OAuthProvider microsoft() {
        List<String> mail = List.of("https://outlook.office.com/IMAP.AccessAsUser.All",
                "https://outlook.office.com/SMTP.Send");
        return new OAuthProvider("microsoft", "Microsoft",
                URI.create("https://login.microsoftonline.com/common/oauth2/v2.0/authorize"),
                URI.create("https://login.microsoftonline.com/common/oauth2/v2.0/token"), null,
                concat(mail, "offline_access"), mail, Map.of("prompt", "select_account"));
    }

    /** Any other provider that offers OAuth 2.0 for IMAP/SMTP: its endpoints and scopes come from settings. */
    public static OAuthProvider generic(URI authorization, URI token, URI revocation, List<String> scopes) {
        List<String> mail = scopes.stream().filter(s -> !s.equals("offline_access")).toList();
        return new OAuthProvider("generic", authorization.getHost(), authorization, token, revocation, scopes, mail, Map.of());
    }

    /** The built-in profile named {@code id} (google, microsoft). */
    public static Optional<OAuthProvider> builtIn(String id) {
        return switch (id == null ? "" : id.toLowerCase(Locale.ROOT)) {
            case "google", "gmail" -> Optional.of(google());
            case "microsoft", "microsoft365", "outlook" -> Optional.of(microsoft());
            default -> Optional.empty();
        };
    }

    /** The same provider at other endpoints (a test server, a sovereign cloud, one tenant). */
    public OAuthProvider at(URI newAuthorization, URI newToken, URI newRevocation) {
        return new OAuthProvider(id, displayName, newAuthorization, newToken, newRevocation, scopes, mailScopes,
                extraAuthorizeParameters);
    }

    /** The same provider asking for other scopes. */
    public OAuthProvider withScopes(List<String> newScopes) {
        return new OAuthProvider(id, displayName, authorization, token, revocation, newScopes, mailScopes,
                extraAuthorizeParameters);
    }

    /**
     * Where the account holder sees and removes the apps that have access to the account: the
     * way to withdraw a sign-in by hand where the provider has no revocation endpoint (Microsoft)
     * or could not be reached.
     */
    public String accessSettingsPage() {
        return switch (id) {
            case "google" -> "https://myaccount.google.com/connections";
            case "microsoft" -> "https://account.live.com/consent/Manage (personal account) or "
                    + "https://myapps.microsoft.com (work or school account)";
            default -> "the security settings of your " + displayName + " account";
        };
    }

    /** e.g. RELAYDESK_GOOGLE_CLIENT_ID. */
    public String clientIdVariable() {
        return "RELAYDESK_" + id.toUpperCase(Locale.ROOT) + "_CLIENT_ID";
    }

    /** e.g. RELAYDESK_GOOGLE_CLIENT_SECRET (Google's desktop clients have one, published with the app). */
    public String clientSecretVariable() {
        return "RELAYDESK_" + id.toUpperCase(Locale.ROOT) + "_CLIENT_SECRET";
    }

    private static List<String> concat(List<String> list, String more) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more)).toList();
    }
}
