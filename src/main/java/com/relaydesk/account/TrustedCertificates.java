package com.relaydesk.account;

import com.relaydesk.platform.CertificateFingerprint;
import com.relaydesk.platform.CertificatePem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Certificates the user chose to trust after comparing their fingerprint, kept as PEM files in
 * {@code certificates/} of the data folder. A file is never changed once written: trusting one
 * more writes a new file (named after its content) holding the earlier ones and the new one, so
 * the saved account keeps working until the dialog's Save points it at the new file.
 */
public final class TrustedCertificates {

    public static final String FOLDER = "certificates";

    private final Path dataFolder;

    public TrustedCertificates(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /**
     * The PEM file to use from now on: the certificates of {@code current} (may be null) and
     * {@code certificate}. IMAP and SMTP may each have their own, so earlier ones are kept.
     */
    public Path trust(Path current, X509Certificate certificate) throws IOException {
        List<X509Certificate> all = new ArrayList<>();
        if (current != null && Files.exists(current)) {
            try {
                all.addAll(CertificatePem.read(current));
            } catch (CertificateException e) {
                throw new IOException("the trusted certificates in " + current + " could not be read (" + e.getMessage()
                        + ")", e);
            }
        }
        if (!all.contains(certificate)) {
            all.add(certificate);
        }
        StringBuilder pem = new StringBuilder();
        for (X509Certificate c : all) {
            pem.append("# ").append(c.getSubjectX500Principal().getName()).append("\n# SHA-256 ")
                    .append(CertificateFingerprint.sha256(c)).append('\n').append(CertificatePem.encode(c));
        }
        Path folder = dataFolder.resolve(FOLDER);
        Files.createDirectories(folder);
        Path file = folder.resolve("trusted-" + shortHash(pem.toString()) + ".pem");
        if (!Files.exists(file)) {
            Path temporary = Files.createTempFile(folder, "trusted-", ".tmp");
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        }
        return file;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
