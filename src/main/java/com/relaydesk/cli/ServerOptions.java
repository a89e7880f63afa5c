package com.relaydesk.cli;

import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.Security;
import com.relaydesk.platform.UserFacingException;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The IMAP server options shared by {@code sync} and {@code bench sync}. */
final class ServerOptions {

    @Option(names = "--host", paramLabel = "HOST", description = "IMAP server host name.")
    String host;

    @Option(names = "--port", paramLabel = "PORT",
            description = "IMAP port (default 993 with --tls, 143 with --starttls or --plain).")
    Integer port;

    @Option(names = "--user", paramLabel = "USER", description = "Login name.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Name of the environment variable that holds the password (never on the command line).")
    String passwordEnv;

    @Option(names = "--ca-cert", paramLabel = "PEM",
            description = "Also trust this certificate (a self-signed server of your own); checks stay on.")
    Path caCert;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    SecurityChoice security = new SecurityChoice();

    static final class SecurityChoice {
        @Option(names = "--tls", description = "Implicit TLS (IMAPS), the default.")
        boolean tls;
        @Option(names = "--starttls", description = "Plain connection upgraded with STARTTLS before login.")
        boolean starttls;
        @Option(names = "--plain", description = "No encryption; only to a server on this machine.")
        boolean plain;

        Security value() {
            return plain ? Security.PLAIN : starttls ? Security.STARTTLS : Security.TLS;
        }
    }

    boolean hasServer() {
        return host != null;
    }

    MailAccount account() {
        if (host == null || user == null || passwordEnv == null) {
            throw new UserFacingException("Say which server to sync: --host, --user and --password-env are needed "
                    + "(see relaydesk sync --help).");
        }
        String password = System.getenv(passwordEnv);
        if (password == null) {
            throw new UserFacingException("The environment variable " + passwordEnv + " is not set. Put the password "
                    + "in it (export " + passwordEnv + "=...) and run the command again.");
        }
        Security s = security == null ? Security.TLS : security.value();
        int p = port != null ? port : s == Security.TLS ? 993 : 143;
        MailAccount account = MailAccount.of(host, p, user, password, s);
        return caCert == null ? account : account.withTrustedCertificate(caCert);
    }

    /** The cache file's account key: the login, with the host when the login is not an address. */
    String accountAddress() {
        return user.contains("@") ? user : user + "@" + host;
    }
}
