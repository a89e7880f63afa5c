package com.relaydesk.relay.tls;

import com.relaydesk.platform.AtomicFile;
import com.relaydesk.platform.CertificateNames;
import com.relaydesk.platform.CertificatePem;
import com.relaydesk.platform.UserFacingException;
import com.relaydesk.relay.TlsIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo server's TLS key and certificate, made on the first start on the network and kept in
 * its data folder: students compare the fingerprint and trust it once, so a restart (or
 * {@code --reset}) must serve the same one. Deleting the folder makes a new one.
 */
public final class DemoServerCertificate {

    public static final String FOLDER = "tls";
    static final String KEY_STORE = "relaydesk-demo.p12";
    static final String PEM = "relaydesk-demo.pem";
    private static final String ALIAS = "relaydesk-demo";
    /*
     * A fixed password: the key store only lives in the trainer's own data folder (owner-only
     * permissions where the file system has them), and a password kept beside it would protect
     * nothing more. It serves demo data, never a real mailbox.
     */
    private static final char[] PASSWORD = "relaydesk-demo".toCharArray();

    /**
     * @param pemFile  the certificate alone, to hand to students or to Thunderbird
     * @param created  made on this start (students have not seen it yet)
     * @param notNamed this machine's names and addresses the kept certificate does not name
     */
    public record Loaded(TlsIdentity identity, Path pemFile, boolean created, List<String> notNamed) {

        public X509Certificate certificate() {
            return identity.certificate();
        }
    }

    private DemoServerCertificate() {
    }

    /** The kept certificate of {@code folder}, or a new one naming {@code names}. */
    public static Loaded loadOrCreate(Path folder, SubjectNames names, Instant now) {
        Path keyStoreFile = folder.resolve(KEY_STORE);
        Path pemFile = folder.resolve(PEM);
        try {
            Files.createDirectories(folder);
            if (Files.exists(keyStoreFile)) {
                TlsIdentity identity = load(keyStoreFile);
                writePemIfMissing(pemFile, identity.certificate());
                return new Loaded(identity, pemFile, false, namesOf(identity.certificate()).missing(names));
            }
            SelfSignedCertificate.Generated made = SelfSignedCertificate.generate(names, now);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, made.key(), PASSWORD, new Certificate[] {made.certificate()});
            AtomicFile.ownerOnly(keyStoreFile).write(out -> {
                try {
                    store.store(out, PASSWORD);
                } catch (GeneralSecurityException e) {
                    throw new IOException(e.getMessage(), e);
                }
            });
            writePem(pemFile, made.certificate());
            return new Loaded(new TlsIdentity(store, PASSWORD.clone(), made.certificate()), pemFile, true, List.of());
        } catch (IOException | GeneralSecurityException e) {
            throw new UserFacingException("The demo server's certificate in " + folder + " could not be read or made ("
                    + e.getMessage() + "). Delete that folder to make a new one; students then trust the new one.", e);
        }
    }

    private static TlsIdentity load(Path keyStoreFile) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            store.load(in, PASSWORD);
        }
        if (!(store.getCertificate(ALIAS) instanceof X509Certificate certificate) || !store.isKeyEntry(ALIAS)) {
            throw new GeneralSecurityException("no key named " + ALIAS);
        }
        return new TlsIdentity(store, PASSWORD.clone(), certificate);
    }

    private static void writePemIfMissing(Path pemFile, X509Certificate certificate) throws IOException {
        if (!Files.exists(pemFile)) {
            writePem(pemFile, certificate);
        }
    }

    /** Whole or not at all: a half-written one would never be rewritten, {@link #writePemIfMissing} finding it there. */
    private static void writePem(Path pemFile, X509Certificate certificate) throws IOException {
        AtomicFile.of(pemFile).write(CertificatePem.encode(certificate).getBytes(StandardCharsets.US_ASCII));
    }

    /** The names a certificate carries, read back from its Subject Alternative Names. */
    static SubjectNames namesOf(X509Certificate certificate) throws GeneralSecurityException {
        List<InetAddress> addresses = new ArrayList<>();
        for (String value : CertificateNames.ipAddresses(certificate)) {
            try {
                addresses.add(InetAddress.getByName(value));
            } catch (UnknownHostException e) {
                throw new GeneralSecurityException("unreadable address " + value, e);
            }
        }
        return new SubjectNames(CertificateNames.dnsNames(certificate), addresses);
    }
}
