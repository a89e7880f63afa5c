package com.relaydesk.relay.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.platform.CertificateNames;
import com.relaydesk.platform.CertificatePem;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoServerCertificateTest {

    @TempDir
    Path folder;

    private final SubjectNames classroom = new SubjectNames(List.of("trainer-pc", "trainer-pc.local"),
            List.of(address("192.0.2.7"), address("2001:db8::7")));

    @Test
    void theCertificateNamesEveryHostNameAndAddressAndVerifiesWithItsOwnKey() throws Exception {
        DemoServerCertificate.Loaded loaded = DemoServerCertificate.loadOrCreate(folder, classroom, Instant.now());
        // read back as a student gets it: the PEM file, parsed by the JDK
        X509Certificate certificate = CertificatePem.read(loaded.pemFile()).get(0);
        assertEquals(loaded.certificate(), certificate);
        certificate.verify(certificate.getPublicKey());
        certificate.checkValidity();
        List<String> names = CertificateNames.of(certificate);
        assertTrue(names.containsAll(List.of("trainer-pc", "trainer-pc.local", "192.0.2.7", "2001:db8:0:0:0:0:0:7")), names.toString());
        assertEquals("CN=trainer-pc,O=RelayDesk demo server", certificate.getSubjectX500Principal().getName());
        assertTrue(certificate.getNotAfter().toInstant().isAfter(Instant.now().plus(Duration.ofDays(2 * 365))),
                "valid for years: " + certificate.getNotAfter());
        assertEquals(-1, certificate.getBasicConstraints(), "not a CA");
        assertTrue(loaded.created());
    }

    @Test
    void aRestartServesTheSameCertificateAndDeletingTheFileMakesANewOne() throws Exception {
        X509Certificate first = DemoServerCertificate.loadOrCreate(folder, classroom, Instant.now()).certificate();
        DemoServerCertificate.Loaded again = DemoServerCertificate.loadOrCreate(folder, classroom, Instant.now());
        assertEquals(first, again.certificate());
        assertFalse(again.created());
        assertEquals(List.of(), again.notNamed());
        assertEquals(first.getPublicKey(), again.identity().keyStore().getCertificate("relaydesk-demo").getPublicKey());

        Files.delete(folder.resolve(DemoServerCertificate.KEY_STORE));
        DemoServerCertificate.Loaded renewed = DemoServerCertificate.loadOrCreate(folder, classroom, Instant.now());
        assertNotEquals(first, renewed.certificate());
        assertTrue(renewed.created());
        assertEquals(renewed.certificate(), CertificatePem.read(renewed.pemFile()).get(0), "the PEM file is the new one");
    }

    @Test
    void aKeptCertificateSaysWhichOfTodaysAddressesItDoesNotName() {
        DemoServerCertificate.loadOrCreate(folder, classroom, Instant.now());
        SubjectNames otherRoom = new SubjectNames(List.of("trainer-pc"), List.of(address("198.51.100.4")));
        assertEquals(List.of("198.51.100.4"), DemoServerCertificate.loadOrCreate(folder, otherRoom, Instant.now()).notNamed());
    }

    @Test
    void thisMachinesNamesIncludeItsNetworkAddressesButNotLoopback() {
        SubjectNames names = SubjectNames.ofThisMachine("0.0.0.0");
        assertTrue(names.addresses().stream().noneMatch(InetAddress::isLoopbackAddress), names.toString());
        com.relaydesk.testing.NetworkRelay.nonLoopbackAddress().ifPresent(address ->
                assertTrue(names.all().contains(address), address + " in " + names.all()));
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
