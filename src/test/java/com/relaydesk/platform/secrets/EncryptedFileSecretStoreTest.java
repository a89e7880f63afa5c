package com.relaydesk.platform.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileSecretStoreTest {

    private static final String PASSWORD = "Sup3r-Secret-Mailbox-Pässword";

    @TempDir
    Path dir;

    @Test
    void aSavedPasswordComesBackAfterReopeningWithTheSamePassphrase() {
        Path file = dir.resolve("secrets.properties");
        EncryptedFileSecretStore.open(file, "owner phrase".toCharArray()).put("imap:seller@example.com",
                PASSWORD.toCharArray());
        SecretStore reopened = EncryptedFileSecretStore.open(file, "owner phrase".toCharArray());
        assertArrayEquals(PASSWORD.toCharArray(), reopened.get("imap:seller@example.com").orElseThrow());
        assertEquals(Optional.empty(), reopened.get("imap:other@example.com"));
    }

    @Test
    void thePasswordNeverAppearsInTheFileAndOnlyTheOwnerCanReadIt() throws Exception {
        Path file = dir.resolve("secrets.properties");
        EncryptedFileSecretStore.open(file, "owner phrase".toCharArray()).put("imap:a", PASSWORD.toCharArray());
        String content = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertFalse(content.contains("Sup3r"), content);
        assertFalse(content.contains("owner phrase"));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    }

    @Test
    void aWrongPassphraseIsToldApartAndSaysWhatToDo() {
        Path file = dir.resolve("secrets.properties");
        EncryptedFileSecretStore.open(file, "right".toCharArray()).put("imap:a", PASSWORD.toCharArray());
        SecretStoreException e = assertThrows(SecretStoreException.class,
                () -> EncryptedFileSecretStore.open(file, "wrong".toCharArray()));
        assertTrue(e.getMessage().contains("passphrase does not open"), e.getMessage());
        assertTrue(e.getMessage().contains("neither the owner's nor an assistant's"), e.getMessage());
    }

    @Test
    void anAssistantUnlocksWithTheirOwnPassphraseButCannotManageAccess() {
        Path file = dir.resolve("secrets.properties");
        EncryptedFileSecretStore owner = EncryptedFileSecretStore.open(file, "owner phrase".toCharArray());
        owner.put("mailbox:seller", PASSWORD.toCharArray());
        owner.addAssistant("Anna Berg", "anna's own phrase".toCharArray());

        EncryptedFileSecretStore anna = EncryptedFileSecretStore.open(file, "anna's own phrase".toCharArray());
        assertEquals(new EncryptedFileSecretStore.Holder("Anna Berg", false), anna.holder());
        assertArrayEquals(PASSWORD.toCharArray(), anna.get("mailbox:seller").orElseThrow());
        SecretStoreException refused = assertThrows(SecretStoreException.class,
                () -> anna.addAssistant("Ben", "ben phrase!".toCharArray()));
        assertTrue(refused.getMessage().startsWith("Only the owner can"), refused.getMessage());
        assertThrows(SecretStoreException.class, () -> anna.revoke("Anna Berg"));
        assertEquals(List.of("Anna Berg"), EncryptedFileSecretStore.assistantsIn(file));
        assertFalse(content(file).contains("anna's own phrase"));
    }

    @Test
    void revokingRotatesTheDataKeySoTheRevokedPassphraseOpensNothingWhileOthersKeepAccess() {
        Path file = dir.resolve("secrets.properties");
        EncryptedFileSecretStore owner = EncryptedFileSecretStore.open(file, "owner phrase".toCharArray());
        owner.put("mailbox:seller", PASSWORD.toCharArray());
        owner.addAssistant("Anna Berg", "anna's own phrase".toCharArray());
        owner.addAssistant("Ben Cole", "ben's own phrase".toCharArray());
        EncryptedFileSecretStore annaStillRunning = EncryptedFileSecretStore.open(file,
                "anna's own phrase".toCharArray());
        String before = content(file);

        owner.revoke("anna berg");

        SecretStoreException reopened = assertThrows(SecretStoreException.class,
                () -> EncryptedFileSecretStore.open(file, "anna's own phrase".toCharArray()));
        assertTrue(reopened.getMessage().contains("neither the owner's nor an assistant's"), reopened.getMessage());
        SecretStoreException running = assertThrows(SecretStoreException.class,
                () -> annaStillRunning.get("mailbox:seller"));
        assertTrue(running.getMessage().contains("revoked Anna Berg's access"), running.getMessage());
        assertArrayEquals(PASSWORD.toCharArray(), EncryptedFileSecretStore.open(file, "ben's own phrase".toCharArray())
                .get("mailbox:seller").orElseThrow());
        assertArrayEquals(PASSWORD.toCharArray(), owner.get("mailbox:seller").orElseThrow());
        assertEquals(List.of("Ben Cole"), EncryptedFileSecretStore.assistantsIn(file));
        assertFalse(content(file).contains(line(before, "secret.mailbox")), "the secret was re-encrypted");
        assertFalse(content(file).contains(line(before, "data-key.id")), "under a new data key");
    }

    @Test
    void anyChangeToTheFileIsDetectedAndNamedAsSuch() throws Exception {
        Path file = dir.resolve("secrets.properties");
        EncryptedFileSecretStore owner = EncryptedFileSecretStore.open(file, "owner phrase".toCharArray());
        owner.put("mailbox:seller", PASSWORD.toCharArray());
        owner.put("mailbox:other", "another password".toCharArray());
        owner.addAssistant("Anna Berg", "anna's own phrase".toCharArray());
        String good = content(file);

        for (String changed : List.of(
                flipLastChar(good, "secret.mailbox\\:seller="),
                swapValues(good, "secret.mailbox\\:seller=", "secret.mailbox\\:other="),
                without(good, "secret.mailbox\\:other="),
                good.replace("name=Anna Berg", "name=Mallory"),
                good + "secret.mailbox\\:added=" + line(good, "secret.mailbox\\:seller=").split("=", 2)[1] + "\n")) {
            Files.writeString(file, changed, StandardCharsets.ISO_8859_1);
            SecretStoreException e = assertThrows(SecretStoreException.class, () -> EncryptedFileSecretStore.open(file,
                    "owner phrase".toCharArray()).get("mailbox:seller"), changed);
            assertTrue(e.getMessage().contains("were changed outside RelayDesk"), e.getMessage());
        }
        Files.writeString(file, good, StandardCharsets.ISO_8859_1);
        assertArrayEquals(PASSWORD.toCharArray(), EncryptedFileSecretStore.open(file, "owner phrase".toCharArray())
                .get("mailbox:seller").orElseThrow());
    }

    @Test
    void anAssistantPassphraseShorterThanEightCharactersIsRefused() {
        EncryptedFileSecretStore owner = EncryptedFileSecretStore.open(dir.resolve("s"), "owner phrase".toCharArray());
        SecretStoreException e = assertThrows(SecretStoreException.class,
                () -> owner.addAssistant("Anna", "1234".toCharArray()));
        assertTrue(e.getMessage().contains("at least 8 characters"), e.getMessage());
    }

    @Test
    void aFileOfTheFirstFormatIsConvertedToKeySlotsAndKeepsItsSecrets() throws Exception {
        Path file = dir.resolve("secrets.properties");
        byte[] salt = new byte[16];
        byte[] key = Sealing.derive("owner phrase".toCharArray(), salt, EncryptedFileSecretStore.ITERATIONS);
        Sealing sealing = new Sealing();
        java.util.Properties old = new java.util.Properties();
        old.setProperty("salt", java.util.Base64.getEncoder().encodeToString(salt));
        old.setProperty("check", sealing.seal(key, "relaydesk".getBytes(StandardCharsets.UTF_8), ""));
        old.setProperty("secret.mailbox:seller", sealing.seal(key, PASSWORD.getBytes(StandardCharsets.UTF_8), ""));
        try (var out = Files.newOutputStream(file)) {
            old.store(out, null);
        }

        EncryptedFileSecretStore converted = EncryptedFileSecretStore.open(file, "owner phrase".toCharArray());
        assertArrayEquals(PASSWORD.toCharArray(), converted.get("mailbox:seller").orElseThrow());
        assertTrue(content(file).contains("format=2"));
        assertTrue(converted.holder().owner());
    }

    private static String content(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String line(String content, String start) {
        return content.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
    }

    private static String flipLastChar(String content, String start) {
        String old = line(content, start);
        char last = old.charAt(old.length() - 3); // before Base64 padding
        return content.replace(old, old.substring(0, old.length() - 3) + (last == 'A' ? 'B' : 'A')
                + old.substring(old.length() - 2));
    }

    private static String swapValues(String content, String first, String second) {
        String a = line(content, first);
        String b = line(content, second);
        return content.replace(a, "\u0000").replace(b, first + b.split("=", 2)[1])
                .replace("\u0000", second + a.split("=", 2)[1]);
    }

    private static String without(String content, String start) {
        return content.replace(line(content, start) + "\n", "");
    }

    @Test
    void removingASecretForgetsIt() {
        SecretStore store = EncryptedFileSecretStore.open(dir.resolve("s"), "p".toCharArray());
        store.put("imap:a", "x".toCharArray());
        store.remove("imap:a");
        assertEquals(Optional.empty(), store.get("imap:a"));
    }

    @Test
    void anEmptyPassphraseIsRefused() {
        assertThrows(SecretStoreException.class, () -> EncryptedFileSecretStore.open(dir.resolve("s"), new char[0]));
    }

    /** Two windows of one desktop each hold the file open and save at the same time: nothing is lost. */
    @Test
    void twoStoresOnOneFileSavingAtOnceLoseNoneOfEachOthersSecrets() throws Exception {
        Path file = dir.resolve("secrets.properties");
        EncryptedFileSecretStore first = EncryptedFileSecretStore.open(file, "owner phrase".toCharArray());
        EncryptedFileSecretStore second = EncryptedFileSecretStore.open(file, "owner phrase".toCharArray());
        java.util.concurrent.CyclicBarrier go = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = both.submit(() -> putMany(first, "first", go));
            var b = both.submit(() -> putMany(second, "second", go));
            a.get();
            b.get();
        } finally {
            both.shutdownNow();
        }
        List<String> keys = EncryptedFileSecretStore.keysIn(file);
        assertEquals(2 * SAVES, keys.size(), keys.toString());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(f -> f.toString().endsWith(".tmp")).toList(), "no temporary file stays");
        }
    }

    /** Two processes (the app, and a sync run from a script) saving at the same time: nothing is lost. */
    @Test
    void anotherProcessSavingAtTheSameTimeLosesNoneOfOurSecretsNorWeOfItsOwn() throws Exception {
        Path file = dir.resolve("secrets.properties");
        EncryptedFileSecretStore ours = EncryptedFileSecretStore.open(file, "owner phrase".toCharArray());
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"),
                EncryptedFileSecretStoreTest.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String ready = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream())).readLine();
        assertEquals("ready", ready, "the other process opened the file");
        putMany(ours, "ours", null);
        assertTrue(other.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the other process ended");
        assertEquals(0, other.exitValue());
        List<String> keys = EncryptedFileSecretStore.keysIn(file);
        assertEquals(2 * SAVES, keys.size(), keys.toString());
    }

    private static final int SAVES = 25;

    private static Void putMany(SecretStore store, String who, java.util.concurrent.CyclicBarrier go) throws Exception {
        if (go != null) {
            go.await();
        }
        for (int i = 0; i < SAVES; i++) {
            store.put("imap:" + who + i + "@example.com", PASSWORD.toCharArray());
        }
        return null;
    }

    /** The other process of the test above: opens the file, says so, then saves its secrets. */
    public static void main(String[] args) throws Exception {
        EncryptedFileSecretStore theirs = EncryptedFileSecretStore.open(Path.of(args[0]), "owner phrase".toCharArray());
        System.out.println("ready");
        System.out.flush();
        putMany(theirs, "theirs", null);
    }
}
