package com.relaydesk.mail;

import jakarta.mail.Session;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Jakarta Mail sessions for an account: protocol, TLS with certificate and host-name checks,
 * timeouts, and the lenient MIME settings that let damaged messages still be read.
 */
public final class MailSessions {

    static {
        nameStreamProvider();
    }

    private MailSessions() {
    }

    /**
     * Jakarta Mail looks its stream provider up through ServiceLoader for every body part it
     * creates and every encoded word it decodes; naming the class skips the class-path scan (it
     * was half of sync's CPU time). Idempotent.
     */
    public static void nameStreamProvider() {
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    /** A session for IMAP ({@code imap} or {@code imaps}) with this account's security. */
    public static Session imap(MailAccount account) {
        return Session.getInstance(properties(account, "imap"));
    }

    /** A session for SMTP submission with this account's security. */
    public static Session smtp(MailAccount account) {
        return Session.getInstance(properties(account, "smtp"));
    }

    /** The protocol name Jakarta Mail uses: imaps/smtps for implicit TLS. */
    public static String protocol(MailAccount account, String base) {
        return account.security() == Security.TLS ? base + "s" : base;
    }

    /** A session only for parsing messages (no connection): tolerant of broken input. */
    public static Session parsing() {
        Properties p = new Properties();
        lenientMime(p);
        return Session.getInstance(p);
    }

    static Properties properties(MailAccount account, String base) {
        account.checkTransportAllowed();
        String protocol = protocol(account, base);
        String prefix = "mail." + protocol + ".";
        Properties p = new Properties();
        lenientMime(p);
        p.put("mail.store.protocol", protocol);
        p.put("mail.transport.protocol", protocol);
        p.put(prefix + "host", account.host());
        p.put(prefix + "port", Integer.toString(account.port()));
        p.put(prefix + "connectiontimeout", Long.toString(account.connectTimeout().toMillis()));
        p.put(prefix + "timeout", Long.toString(account.readTimeout().toMillis()));
        p.put(prefix + "writetimeout", Long.toString(account.readTimeout().toMillis()));
        if (base.equals("smtp")) {
            p.put(prefix + "auth", "true");
        } else {
            // Sync runs on one connection; a pool would open more per folder.
            p.put(prefix + "connectionpoolsize", "1");
            p.put(prefix + "separatestoreconnection", "false");
            // Jakarta sleeps this long after every IDLE "so other threads can use the connection";
            // nobody else uses the watcher's, and the sleep would come before every sync it starts.
            p.put(prefix + "minidletime", "0");
        }
        if (account.usesOAuth()) {
            // SASL XOAUTH2 only: never fall back to sending the access token as a LOGIN password.
            p.put(prefix + "auth.mechanisms", "XOAUTH2");
            p.put(prefix + "auth.xoauth2.disable", "false");
            p.put(prefix + "auth.login.disable", "true");
            p.put(prefix + "auth.plain.disable", "true");
        }
        if (account.security() != Security.PLAIN) {
            p.put(prefix + "ssl.checkserveridentity", "true");
            p.put(prefix + "ssl.protocols", "TLSv1.3 TLSv1.2");
            p.put(prefix + "ssl.socketFactory", socketFactory(account));
        }
        if (account.security() == Security.STARTTLS) {
            p.put(prefix + "starttls.enable", "true");
            p.put(prefix + "starttls.required", "true");
        }
        return p;
    }

    private static void lenientMime(Properties p) {
        p.put("mail.mime.allowutf8", "true");             // 8-bit UTF-8 headers read as UTF-8, not Latin-1
        p.put("mail.mime.base64.ignoreerrors", "true");   // a bad base64 line loses a few bytes, not the part
        p.put("mail.mime.multipart.ignoremissingendboundary", "true");
        p.put("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        p.put("mail.mime.multipart.ignoreexistingboundaryparameter", "false");
        p.put("mail.mime.multipart.allowempty", "true");
        p.put("mail.mime.parameters.strict", "false");
        p.put("mail.mime.decodetext.strict", "false");
        p.put("mail.mime.address.strict", "false");
        p.put("mail.mime.uudecode.ignoreerrors", "true");
        p.put("mail.mime.uudecode.ignoremissingbeginend", "true");
    }

    /** The JVM's trusted CAs, plus the account's extra certificate when it names one. */
    private static SSLSocketFactory socketFactory(MailAccount account) {
        try {
            TrustManagerFactory defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            defaults.init((KeyStore) null);
            if (account.trustedCertificate() == null) {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, defaults.getTrustManagers(), null);
                return context.getSocketFactory();
            }
            KeyStore extra = KeyStore.getInstance(KeyStore.getDefaultType());
            extra.load(null, null);
            try (InputStream in = Files.newInputStream(account.trustedCertificate())) {
                int i = 0;
                for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    extra.setCertificateEntry("trusted-" + i++, c);
                }
            }
            TrustManagerFactory own = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            own.init(extra);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new EitherTrustManager(
                    (X509TrustManager) defaults.getTrustManagers()[0], (X509TrustManager) own.getTrustManagers()[0])}, null);
            return context.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new MailException("RelayDesk could not read the certificate file " + account.trustedCertificate()
                    + " (" + e.getMessage() + "). Check that it is a PEM certificate.", e, false);
        }
    }

    /** Trusts a chain that either the system CAs or the extra certificate accept. */
    private static final class EitherTrustManager implements X509TrustManager {
        private final X509TrustManager system;
        private final X509TrustManager extra;

        EitherTrustManager(X509TrustManager system, X509TrustManager extra) {
            this.system = system;
            this.extra = extra;
        }

        @Override
        public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType)
                throws java.security.cert.CertificateException {
            system.checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType)
                throws java.security.cert.CertificateException {
            try {
                extra.checkServerTrusted(chain, authType);
            } catch (java.security.cert.CertificateException notOurs) {
                system.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public java.security.cert.X509Certificate[] getAcceptedIssuers() {
            java.security.cert.X509Certificate[] a = system.getAcceptedIssuers();
            java.security.cert.X509Certificate[] b = extra.getAcceptedIssuers();
            java.security.cert.X509Certificate[] all = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
