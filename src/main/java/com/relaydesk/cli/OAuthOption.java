package com.relaydesk.cli;

import com.relaydesk.account.ProviderPreset;
import com.relaydesk.account.ServerEndpoint;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.Security;
import com.relaydesk.oauth.OAuthSettings;
import com.relaydesk.oauth.OAuthSettingsFile;
import com.relaydesk.oauth.OAuthSignIn;
import com.relaydesk.oauth.OAuthTokenSource;
import com.relaydesk.oauth.SystemBrowser;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.platform.UserFacingException;
import com.relaydesk.platform.secrets.SecretStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --oauth PROFILE}: sign in with OAuth 2.0 and SASL XOAUTH2 instead of a password. The
 * first run opens the browser; later runs use the refresh token from the secret store.
 */
final class OAuthOption {

    @Option(names = "--oauth", paramLabel = "PROFILE",
            description = "Sign in with OAuth 2.0 instead of a password: google, microsoft, or generic (endpoints in "
                    + "oauth.properties in the data folder). Sign in once with --sign-in (opens the browser); later "
                    + "runs renew the sign-in silently. --host defaults to the provider's IMAP server.")
    String profile;

    @Option(names = "--sign-in", description = "With --oauth: sign in in the browser now (the first time, or after "
            + "the provider withdrew the sign-in).")
    boolean signInNow;

    @Option(names = "--passphrase-env", paramLabel = "VAR",
            description = "Environment variable holding the passphrase of the encrypted secrets file, where the "
                    + "desktop has no keyring.")
    String passphraseEnv;

    boolean used() {
        return profile != null;
    }

    MailAccount account(ServerOptions server, DataFolder folder, PrintWriter out) {
        if (server.user == null) {
            throw new UserFacingException("Say which mailbox to sign in: --user is needed with --oauth.");
        }
        OAuthSettings settings = new OAuthSettingsFile(folder.root()).load()
                .filter(s -> s.provider().equalsIgnoreCase(profile))
                .orElse(OAuthSettings.of(profile.toLowerCase(Locale.ROOT)));
        OAuthSignIn signIn = new OAuthSignIn(settings.client(System.getenv()), secrets(folder), Clock.systemUTC());
        if (!signInNow && !signIn.signedIn(server.user)) {
            // Never start a browser sign-in unasked: a scheduled sync would wait for nobody.
            throw new UserFacingException("No " + signIn.provider().displayName() + " sign-in is saved for "
                    + server.user + ". Run the command again with --sign-in to sign in in the browser.");
        }
        OAuthTokenSource tokens = !signInNow ? signIn.tokens(server.user)
                : signIn.signIn(server.user, new SystemBrowser(text -> {
                    out.println(text);
                    out.flush();
                }));
        ServerEndpoint preset = defaultServer();
        boolean securityChosen = server.security != null
                && (server.security.tls || server.security.starttls || server.security.plain);
        Security security = securityChosen ? server.security.value() : preset.security();
        String host = server.host != null ? server.host : preset.host();
        if (host.isEmpty()) {
            throw new UserFacingException("Say which IMAP server to sync: --host is needed with --oauth generic.");
        }
        int port = server.port != null ? server.port : server.host == null ? preset.port()
                : security == Security.TLS ? 993 : 143;
        MailAccount account = MailAccount.of(host, port, server.user, null, security).withAccessTokens(tokens);
        return server.caCert == null ? account : account.withTrustedCertificate(server.caCert);
    }

    private ServerEndpoint defaultServer() {
        return Arrays.stream(ProviderPreset.values())
                .filter(p -> p.oauthProfile().map(profile::equalsIgnoreCase).orElse(false))
                .map(ProviderPreset::imap).findFirst()
                .orElse(new ServerEndpoint("", 993, Security.TLS));
    }

    private SecretStore secrets(DataFolder folder) {
        return CliSecrets.open(folder, passphraseEnv);
    }
}
