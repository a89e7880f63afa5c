package com.relaydesk.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach one mail server. Certificate and host-name checks are always on;
 * {@code trustedCertificate} adds one extra trusted certificate (a self-signed server of the
 * seller's own, the test server) without turning the checks off.
 *
 * @param trustedCertificate PEM file of an extra certificate to trust, or null for the JVM's CAs
 * @param tokens             for an OAuth account, where the XOAUTH2 access token comes from
 *                           (then {@link #password()} is that token); null for a password account
 */
public record MailAccount(String host, int port, String user, String password, Security security,
        Path trustedCertificate, Duration connectTimeout, Duration readTimeout, AccessTokenSource tokens) {

    public MailAccount {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(security, "security");
        password = password == null ? "" : password;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(20) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(120) : readTimeout;
        if (port <= 0 || port > 65535) {
            throw new MailException("The port " + port + " is not a valid port number. Use a number from 1 to 65535.");
        }
    }

    public MailAccount(String host, int port, String user, String password, Security security,
            Path trustedCertificate, Duration connectTimeout, Duration readTimeout) {
        this(host, port, user, password, security, trustedCertificate, connectTimeout, readTimeout, null);
    }

    /**
     * The password, or for an OAuth account the current access token — asked for at each use, so
     * every (re)connect logs in with a token that is still valid.
     */
    @Override
    public String password() {
        return tokens == null ? password : tokens.accessToken();
    }

    /** True when this account signs in with SASL XOAUTH2 instead of a password. */
    public boolean usesOAuth() {
        return tokens != null;
    }

    /** The same server, signing in with OAuth access tokens from {@code source}. */
    public MailAccount withAccessTokens(AccessTokenSource source) {
        return new MailAccount(host, port, user, "", security, trustedCertificate, connectTimeout, readTimeout, source);
    }

    public static MailAccount of(String host, int port, String user, String password, Security security) {
        return new MailAccount(host, port, user, password, security, null, null, null);
    }

    public MailAccount withTrustedCertificate(Path pem) {
        return new MailAccount(host, port, user, password, security, pem, connectTimeout, readTimeout, tokens);
    }

    public MailAccount withReadTimeout(Duration timeout) {
        return new MailAccount(host, port, user, password, security, trustedCertificate, connectTimeout, timeout, tokens);
    }

    public MailAccount withEndpoint(String newHost, int newPort, Security newSecurity) {
        return new MailAccount(newHost, newPort, user, password, newSecurity, trustedCertificate, connectTimeout, readTimeout, tokens);
    }

    /**
     * Refuses an unencrypted connection to another machine: the password and the buyers' mail
     * would cross the network in clear text.
     */
    public void checkTransportAllowed() {
        if (security != Security.PLAIN) {
            return;
        }
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            loopback = false;
        }
        if (!loopback) {
            throw new MailException("RelayDesk will not connect to " + host + " without encryption: the password and "
                    + "your buyers' messages would be readable on the network. Use TLS (--tls) or STARTTLS (--starttls).");
        }
    }

    @Override
    public String toString() {
        // Never print the password (records would by default).
        return "MailAccount[" + user + "@" + host + ":" + port + " " + security + (tokens == null ? "" : " XOAUTH2") + "]";
    }
}
