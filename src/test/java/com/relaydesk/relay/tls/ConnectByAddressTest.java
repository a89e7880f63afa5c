package com.relaydesk.relay.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import com.relaydesk.mail.imap.SyncTuning;
import com.relaydesk.platform.CertificateNames;
import com.relaydesk.relay.EmbeddedRelay;
import com.relaydesk.relay.RunningRelay;
import com.relaydesk.relay.demo.DemoRelay;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student who types the trainer's IP address: the demo certificate names addresses only as IP
 * names (not again as DNS names), and RelayDesk's own connections (Angus Mail, host-name check on)
 * still accept it for IMAPS and SMTPS — and still refuse it at an address it does not name.
 */
class ConnectByAddressTest {

    @TempDir
    Path folder;

    private RunningRelay relay;

    @AfterEach
    void stop() {
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void anAddressNamedOnlyAsAnIpNameVerifiesForImapsAndSmtps() throws Exception {
        DemoServerCertificate.Loaded certificate = start("127.0.0.1");
        assertEquals(List.of("127.0.0.1"), CertificateNames.ipAddresses(certificate.certificate()));
        assertEquals(List.of(), CertificateNames.dnsNames(certificate.certificate()), "no address as a DNS name");

        try (ImapBackend backend = backend(certificate.pemFile())) {
            backend.connect();
            assertTrue(backend.folders().contains("INBOX"));
            backend.send(("From: " + relay.sellerAddress() + "\r\nTo: " + relay.sellerAddress()
                    + "\r\nSubject: by address\r\nMessage-ID: <by-address@example.org>\r\n\r\nhello\r\n")
                    .getBytes(StandardCharsets.US_ASCII), relay.sellerAddress(), List.of(relay.sellerAddress()));
        }
    }

    @Test
    void aCertificateForAnotherAddressIsStillRefused() {
        DemoServerCertificate.Loaded certificate = start("192.0.2.7"); // served on 127.0.0.1 all the same

        MailException e = assertThrows(MailException.class, () -> {
            try (ImapBackend backend = backend(certificate.pemFile())) {
                backend.connect();
            }
        });
        assertTrue(e.getMessage().contains("does not match the name '127.0.0.1'"), e.getMessage());
    }

    /** The relay on loopback, over TLS, with a new demo certificate naming only {@code address}. */
    private DemoServerCertificate.Loaded start(String address) {
        DemoServerCertificate.Loaded certificate;
        try {
            certificate = DemoServerCertificate.loadOrCreate(folder,
                    new SubjectNames(List.of(), List.of(InetAddress.getByName(address))), Instant.now());
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        relay = EmbeddedRelay.start(DemoRelay.config(DemoRelay.DEFAULT_SEED, 0, Instant.now())
                .withBindAddress("127.0.0.1").withTls(certificate.identity()));
        return certificate;
    }

    private ImapBackend backend(Path trusted) {
        MailAccount imap = new MailAccount("127.0.0.1", relay.imapPort(), relay.sellerAddress(), relay.sellerPassword(),
                Security.TLS, trusted, null, null);
        MailAccount smtp = imap.withEndpoint("127.0.0.1", relay.smtpPort(), Security.TLS);
        return new ImapBackend(imap, smtp, new FetchedMessageFactory(), SyncTuning.defaults());
    }
}
