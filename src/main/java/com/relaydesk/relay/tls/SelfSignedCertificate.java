package com.relaydesk.relay.tls;

import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed server certificate (EC P-256, SHA-256) naming the given host names and addresses
 * as Subject Alternative Names. BouncyCastle only builds and encodes it; keys, signing and parsing
 * use the JDK's providers, so no security provider is registered.
 */
public final class SelfSignedCertificate {

    /** Long enough for a course that runs for years, short enough that a lost key does not live forever. */
    public static final Duration VALIDITY = Duration.ofDays(3 * 365);

    /** The new key and its certificate. */
    public record Generated(PrivateKey key, X509Certificate certificate) { }

    private SelfSignedCertificate() {
    }

    public static Generated generate(SubjectNames names, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.O, "RelayDesk demo server") // most general first: shown as "CN=…,O=…"
                    .addRDN(BCStyle.CN, names.commonName())
                    .build();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serialNumber(),
                    // an hour back: a student's clock a little behind the trainer's still accepts it
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alternativeNames(names)));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            return new Generated(pair.getPrivate(), certificate);
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("could not make the demo server's certificate: " + e.getMessage(), e);
        }
    }

    /**
     * Each host name as a DNS name, each address as an IP address, and nothing else. An address is
     * not repeated as a DNS name: Angus Mail 2 checks the host name through the JDK's endpoint
     * identification (LDAPS), which compares a typed IP address with the IP names only (RFC 6125),
     * and an address among the DNS names is one that strict clients reject.
     */
    private static GeneralName[] alternativeNames(SubjectNames names) {
        List<GeneralName> all = new ArrayList<>();
        names.hostNames().forEach(name -> all.add(new GeneralName(GeneralName.dNSName, name)));
        for (InetAddress address : names.addresses()) {
            all.add(new GeneralName(GeneralName.iPAddress, address.getHostAddress()));
        }
        return all.toArray(GeneralName[]::new);
    }

    /** Positive and random (RFC 5280 4.1.2.2): two certificates of one machine never share a serial. */
    private static BigInteger serialNumber() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        bytes[0] &= 0x7f;
        bytes[0] |= 0x01;
        return new BigInteger(bytes);
    }
}
