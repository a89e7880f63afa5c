package com.relaydesk.mail;

import com.relaydesk.platform.CertificateFingerprint;
import com.relaydesk.platform.CertificatePem;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.SSLEngine;
import java.net.Socket;

/**
 * Which server certificates RelayDesk accepts: those the JVM's authorities sign, plus the
 * certificates of one PEM file the user chose to trust (a self-signed server they verified).
 * Remembers the chain a server last presented, so "Connect a mailbox" can show a refused
 * certificate to the user; the host-name check is left to the TLS socket and stays on.
 */
public final class ServerTrust extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager system;
    private final X509ExtendedTrustManager extra; // null without a trusted file
    private final Path trustedFile;
    private volatile X509Certificate[] presented;
    private volatile boolean accepted;

    private ServerTrust(X509ExtendedTrustManager system, X509ExtendedTrustManager extra, Path trustedFile) {
        this.system = system;
        this.extra = extra;
        this.trustedFile = trustedFile;
    }

    /**
     * @param trustedCertificates PEM file of extra certificates to trust, or null for the JVM's authorities only
     * @throws MailException when the file cannot be read as certificates
     */
    public static ServerTrust of(Path trustedCertificates) {
        try {
            TrustManagerFactory defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            defaults.init((KeyStore) null);
            X509ExtendedTrustManager system = (X509ExtendedTrustManager) defaults.getTrustManagers()[0];
            if (trustedCertificates == null) {
                return new ServerTrust(system, null, null);
            }
            KeyStore extra = KeyStore.getInstance(KeyStore.getDefaultType());
            extra.load(null, null);
            List<X509Certificate> certificates = CertificatePem.read(trustedCertificates);
            if (certificates.isEmpty()) {
                throw new CertificateException("no certificate in the file");
            }
            for (int i = 0; i < certificates.size(); i++) {
                extra.setCertificateEntry("trusted-" + i, certificates.get(i));
            }
            TrustManagerFactory own = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            own.init(extra);
            return new ServerTrust(system, (X509ExtendedTrustManager) own.getTrustManagers()[0], trustedCertificates);
        } catch (IOException | GeneralSecurityException e) {
            throw new MailException("RelayDesk could not read the certificate file " + trustedCertificates
                    + " (" + e.getMessage() + "). Check that it is a PEM certificate.", e, false);
        }
    }

    /** TLS sockets that check servers with this trust (TLS 1.2 and 1.3 are set by the caller). */
    public SSLSocketFactory socketFactory() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {this}, null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new MailException("TLS is not available in this Java runtime (" + e.getMessage() + ").", e, false);
        }
    }

    /** The chain the server presented at the last handshake, leaf first; empty before any. */
    public List<X509Certificate> presented() {
        X509Certificate[] chain = presented;
        return chain == null ? List.of() : List.of(chain);
    }

    /** Whether the last presented chain was trusted (a handshake may still fail on the host name). */
    public boolean accepted() {
        return accepted;
    }

    /**
     * With a TLS socket: trust first (recorded), then the socket's host-name check, done by the
     * JDK's own trust manager when the socket asks for one (endpoint identification).
     */
    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        X509ExtendedTrustManager decided = trust(chain, authType);
        decided.checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        X509ExtendedTrustManager decided = trust(chain, authType);
        decided.checkServerTrusted(chain, authType, engine);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        trust(chain, authType);
    }

    /** Decides trust alone, remembering the chain; returns the manager that accepted it. */
    private X509ExtendedTrustManager trust(X509Certificate[] chain, String authType) throws CertificateException {
        presented = chain.clone();
        accepted = false;
        try {
            if (extra != null) {
                try {
                    extra.checkServerTrusted(chain, authType);
                    accepted = true;
                    return extra;
                } catch (CertificateException notOurs) {
                    // maybe a certificate an authority signed: the system decides
                }
            }
            system.checkServerTrusted(chain, authType);
            accepted = true;
            return system;
        } catch (CertificateException refused) {
            throw new UntrustedCertificateException(chain[0], trustedFile, refused);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        system.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        system.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        system.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        X509Certificate[] a = system.getAcceptedIssuers();
        if (extra == null) {
            return a;
        }
        X509Certificate[] b = extra.getAcceptedIssuers();
        X509Certificate[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /**
     * A server certificate neither the authorities nor the trusted file accept. Its message names
     * the fingerprint, so a certificate that changed after it was trusted is seen, never accepted.
     */
    public static final class UntrustedCertificateException extends CertificateException {
        private static final long serialVersionUID = 1L;
        private final transient X509Certificate certificate;

        UntrustedCertificateException(X509Certificate certificate, Path trustedFile, CertificateException cause) {
            super((trustedFile == null ? "the server's certificate is not signed by a trusted authority"
                    : "the server's certificate is not the one trusted in " + trustedFile)
                    + " (SHA-256 " + CertificateFingerprint.sha256(certificate) + ")", cause);
            this.certificate = certificate;
        }

        public X509Certificate certificate() {
            return certificate;
        }
    }
}
