package com.relaydesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.Security;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountSettingsTest {

    @TempDir
    Path dataFolder;

    private static AccountSettings settings() {
        return new AccountSettings("cs@shop.example", null, ProviderPreset.FASTMAIL.imap(),
                ProviderPreset.FASTMAIL.smtp(), List.of("cs@shop.example", "owner@shop.example"), false);
    }

    @Test
    void theChangesAreSaidInWordsForTheAuditLog() {
        AccountSettings before = settings();
        assertEquals(List.of(), before.changesFrom(before));
        AccountSettings after = new AccountSettings(before.address(), before.user(), before.imap(),
                new ServerEndpoint(before.smtp().host(), 587, Security.STARTTLS),
                List.of(before.address(), "help@shop.example"), !before.bounceBacks()).withShopName("Walnut & Wick");
        assertEquals(List.of("shop name: none → Walnut & Wick",
                "SMTP server: " + before.smtp() + " → " + after.smtp(),
                "authorized senders: " + String.join(", ", before.authorizedSenders()) + " → " + before.address()
                        + ", help@shop.example",
                "bounce-back notices: " + (before.bounceBacks() ? "on → off" : "off → on")), after.changesFrom(before));
        assertEquals(List.of("shop name: Walnut & Wick → none"), after.withShopName(null).changesFrom(after));
    }

    @Test
    void noSettingsFileMeansNoAccountSoTheAppOpensTheDemo() {
        assertEquals(Optional.empty(), new AccountSettingsFile(dataFolder).load());
    }

    @Test
    void savedSettingsComeBackAndHoldNoPassword() throws IOException {
        AccountSettingsFile file = new AccountSettingsFile(dataFolder);
        file.save(settings());
        assertEquals(Optional.of(settings()), file.load());
        assertFalse(Files.readString(dataFolder.resolve(AccountSettingsFile.FILE_NAME)).toLowerCase().contains("password="));
    }

    @Test
    void theShopNameTemplatesAreSignedWithIsKeptAndMayBeLeftOut() throws IOException {
        AccountSettingsFile file = new AccountSettingsFile(dataFolder);
        file.save(settings().withShopName("  Walnut & Wick "));
        assertEquals("Walnut & Wick", file.load().orElseThrow().shopName());
        file.save(settings().withShopName(" "));
        assertEquals(null, file.load().orElseThrow().shopName(), "blank is none: templates then say where to set it");
    }

    @Test
    void aDamagedSettingsFileSaysWhichFileAndWhatToDo() throws IOException {
        Files.writeString(dataFolder.resolve(AccountSettingsFile.FILE_NAME), "address=x@y\nimap.port=abc\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new AccountSettingsFile(dataFolder).load());
        assertTrue(e.getMessage().contains("Fix or delete that file"), e.getMessage());
    }

    @Test
    void b1TheSellersOwnAddressIsAuthorizedWhenNoOtherIsGiven() {
        AccountSettings plain = new AccountSettings("cs@shop.example", "", ProviderPreset.GMAIL.imap(),
                ProviderPreset.GMAIL.smtp(), List.of(), true);
        assertEquals(List.of("cs@shop.example"), plain.authorizedSenders());
        assertEquals("cs@shop.example", plain.user());
    }

    @Test
    void presetsAreChosenByTheAddressDomain() {
        assertEquals(ProviderPreset.GMAIL, ProviderPreset.forAddress("shop@gmail.com"));
        assertEquals(ProviderPreset.MICROSOFT_365, ProviderPreset.forAddress("shop@Outlook.com"));
        assertEquals(ProviderPreset.CUSTOM, ProviderPreset.forAddress("shop@my-own-domain.example"));
    }

    @Test
    void theConnectionCheckSaysWhenTheServerNameDoesNotExist() {
        AccountSettings wrong = new AccountSettings("a@b.example", null,
                new ServerEndpoint("no-such-host.invalid", 993, Security.TLS),
                new ServerEndpoint("no-such-host.invalid", 465, Security.TLS), List.of(), true);
        List<ConnectionCheck.Step> steps = ConnectionCheck.run(wrong, new char[0], (s, p) -> "not reached");
        assertEquals(1, steps.size());
        assertFalse(steps.get(0).passed());
        assertTrue(steps.get(0).detail().contains("could not be found"), steps.get(0).detail());
    }

    @Test
    void theConnectionCheckSaysWhenThePortRefusesAndStopsThere() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AccountSettings refused = new AccountSettings("a@b.example", null,
                new ServerEndpoint("127.0.0.1", closedPort, Security.PLAIN),
                new ServerEndpoint("127.0.0.1", closedPort, Security.PLAIN), List.of(), true);
        List<ConnectionCheck.Step> steps = ConnectionCheck.run(refused, new char[0], (s, p) -> "not reached");
        assertEquals("IMAP connection", steps.get(steps.size() - 1).name());
        assertTrue(steps.get(steps.size() - 1).detail().contains("refused"), steps.get(steps.size() - 1).detail());
    }

    @Test
    void theConnectionCheckRefusesAnUnencryptedConnectionToAnotherMachine() {
        AccountSettings plainRemote = new AccountSettings("a@b.example", null,
                new ServerEndpoint("192.0.2.1", 143, Security.PLAIN),
                new ServerEndpoint("192.0.2.1", 25, Security.PLAIN), List.of(), true);
        List<ConnectionCheck.Step> steps = ConnectionCheck.run(plainRemote, new char[0], (s, p) -> "not reached");
        assertEquals("IMAP encryption", steps.get(steps.size() - 1).name());
        assertFalse(steps.get(steps.size() - 1).passed());
    }

    @Test
    void theLoginStepRunsOnceTheTransportWorksAndReportsItsOwnFailure() throws IOException {
        try (ServerSocket open = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            ServerEndpoint local = new ServerEndpoint("127.0.0.1", open.getLocalPort(), Security.PLAIN);
            AccountSettings settings = new AccountSettings("a@b.example", null, local, local, List.of(), true);
            List<ConnectionCheck.Step> steps = ConnectionCheck.run(settings, "pw".toCharArray(), (s, p) -> {
                throw new IllegalStateException("The server refused the user name or password.");
            });
            ConnectionCheck.Step last = steps.get(steps.size() - 1);
            assertEquals("Login and folders", last.name());
            assertEquals("The server refused the user name or password.", last.detail());
        }
    }
}
