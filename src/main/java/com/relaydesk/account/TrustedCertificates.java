package com.relaydesk.account;

import com.relaydesk.platform.AtomicFile;
import com.relaydesk.platform.CertificateFingerprint;
import com.relaydesk.platform.CertificatePem;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Certificates the user chose to trust after comparing their fingerprint, kept as PEM files in
 * {@code certificates/} of the data folder, each certificate under a comment naming the server
 * ({@code host:port}) it was trusted for. A file is never changed once written: trusting one more
 * writes a new file (named after its content), so the saved account keeps working until the
 * dialog's Save points it at the new file.
 */
public final class TrustedCertificates {

    public static final String FOLDER = "certificates";
    private static final String SERVER = "# server ";
    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";

    private final Path dataFolder;

    public TrustedCertificates(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** One trusted certificate and the server it was trusted for (null: not recorded, an older file or a --ca-cert). */
    private record Entry(X509Certificate certificate, String server) {

        /** Trusted for this server: noted so, or, where no server is noted, naming the host. */
        boolean isFor(String host, int port) {
            return server == null ? CertificateProblem.namesHost(certificate, host) : server.equals(TrustedCertificates.server(host, port));
        }
    }

    /**
     * Whether {@code file} holds a certificate trusted for this server (see {@link #trust}): a
     * refused one then has changed since, rather than never been trusted. False for a file that
     * cannot be read: no earlier trust to speak of.
     */
    static boolean hasOneFor(Path file, String host, int port) {
        try {
            return read(file).stream().anyMatch(e -> e.isFor(host, port));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The PEM file to use from now on: the certificates of {@code current} (may be null) and
     * {@code refused.certificate()} for the server it came from. IMAP and SMTP may each have their
     * own, so the other servers' stay; the one trusted before for this server goes: a certificate
     * the server no longer shows (a new key, perhaps because the old one leaked) must not stay
     * trusted. Where the file does not say which server a certificate was for, one that names this
     * host counts as this server's — the same test that calls the refused one "changed".
     */
    public Path trust(Path current, CertificateProblem refused) throws IOException {
        List<Entry> all = new ArrayList<>();
        for (Entry kept : read(current)) {
            if (!kept.isFor(refused.host(), refused.port()) && !kept.certificate().equals(refused.certificate())) {
                all.add(kept);
            }
        }
        all.add(new Entry(refused.certificate(), server(refused.host(), refused.port())));
        StringBuilder pem = new StringBuilder();
        for (Entry e : all) {
            X509Certificate c = e.certificate();
            if (e.server() != null) {
                pem.append(SERVER).append(e.server()).append('\n');
            }
            pem.append("# ").append(c.getSubjectX500Principal().getName()).append("\n# SHA-256 ")
                    .append(CertificateFingerprint.sha256(c)).append('\n').append(CertificatePem.encode(c));
        }
        Path folder = dataFolder.resolve(FOLDER);
        Files.createDirectories(folder);
        Path file = folder.resolve("trusted-" + shortHash(pem.toString()) + ".pem");
        if (!Files.exists(file)) {
            // Owner-only as before. Named after its content, so replacing one that another window
            // wrote meanwhile changes no byte of it.
            AtomicFile.ownerOnly(file).write(out -> {
                // A strict encoder, as Files.writeString's: what is not ASCII fails rather than turns into '?'.
                try (Writer ascii = new OutputStreamWriter(out, StandardCharsets.US_ASCII.newEncoder())) {
                    ascii.write(pem.toString());
                }
            });
        }
        return file;
    }

    private static String server(String host, int port) {
        return host.toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** The certificates of {@code file}, each with the server named in the comments above it. */
    private static List<Entry> read(Path file) throws IOException {
        if (file == null || !Files.exists(file)) {
            return List.of();
        }
        try {
            List<X509Certificate> certificates = CertificatePem.read(file);
            List<String> servers = servers(file);
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < certificates.size(); i++) {
                // a DER file, or PEM blocks the JDK read otherwise than counted here: servers unknown
                String server = servers.size() == certificates.size() ? servers.get(i) : null;
                entries.add(new Entry(certificates.get(i), server));
            }
            return entries;
        } catch (CertificateException e) {
            throw new IOException("the trusted certificates in " + file + " could not be read (" + e.getMessage() + ")", e);
        }
    }

    /** For each PEM block in order, the server its comments name, or null. */
    private static List<String> servers(Path file) throws IOException {
        List<String> servers = new ArrayList<>();
        String server = null;
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith(SERVER)) {
                server = line.substring(SERVER.length()).strip();
            } else if (line.startsWith(BEGIN)) {
                servers.add(server);
                server = null;
            }
        }
        return servers;
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
