package com.relaydesk.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Certificates as PEM text: the form students are handed and {@code --ca-cert} reads. */
public final class CertificatePem {

    private CertificatePem() {
    }

    public static String encode(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("could not encode a certificate: " + e.getMessage(), e);
        }
    }

    /** Every certificate in a PEM (or DER) file, in order. */
    public static List<X509Certificate> read(Path file) throws IOException, CertificateException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static List<X509Certificate> read(String pem) throws CertificateException {
        return read(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    private static List<X509Certificate> read(InputStream in) throws CertificateException {
        List<X509Certificate> all = new ArrayList<>();
        for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
            all.add((X509Certificate) c);
        }
        return all;
    }
}
