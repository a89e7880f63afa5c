package com.relaydesk.mail;

import jakarta.mail.Session;
import java.util.Properties;

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
            p.put(prefix + "ssl.socketFactory", ServerTrust.of(account.trustedCertificate()).socketFactory());
            // Angus would otherwise retry a refused handshake with the JVM's default factory, and the
            // error shown would be that retry's, without the refused certificate's fingerprint.
            p.put(prefix + "socketFactory.fallback", "false");
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

}
