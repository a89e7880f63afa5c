package com.relaydesk.platform.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which OS credential store is used where, and how the Keychain and Credential Manager stores talk
 * to their tools. {@code /usr/bin/security} exists only on macOS and Windows PowerShell only on
 * Windows, so a recording stub stands in for each here: a shell script that writes down its command
 * line and its stdin and answers as the real tool does. What the stub cannot tell is whether the real
 * tools accept these commands; that was not tried on a Mac or a Windows machine (README says so).
 */
class OsCredentialStoresTest {

    private static final String SECRET = "Grüße-s3cret pass";

    @TempDir
    Path dir;

    private OsCredentialStores.Computer computer(String os, Map<String, String> env, Set<String> executables) {
        return new OsCredentialStores.Computer(os, env, path -> executables.contains(path.toString()));
    }

    @Test
    void eachSystemGetsItsOwnStoreAndOneWithoutTheToolFallsBackToTheEncryptedFile() {
        Path file = dir.resolve("secrets.properties");
        assertInstanceOf(SecretServiceStore.class, OsCredentialStores.choose(computer("Linux",
                Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus"), Set.of("/usr/bin/secret-tool")), file)
                .orElseThrow());
        assertEquals(Optional.empty(), OsCredentialStores.choose(computer("Linux", Map.of(),
                Set.of("/usr/bin/secret-tool")), file), "no session bus: no keyring to talk to");
        assertInstanceOf(MacKeychainStore.class, OsCredentialStores.choose(computer("Mac OS X", Map.of(),
                Set.of("/usr/bin/security")), file).orElseThrow());
        assertEquals(Optional.empty(), OsCredentialStores.choose(computer("Mac OS X", Map.of(), Set.of()), file));
        String powershell = Path.of("D:\\Win", "System32", "WindowsPowerShell", "v1.0", "powershell.exe").toString();
        assertInstanceOf(WindowsCredentialStore.class, OsCredentialStores.choose(computer("Windows 11",
                Map.of("SystemRoot", "D:\\Win"), Set.of(powershell)), file).orElseThrow());
        assertEquals(Optional.empty(), OsCredentialStores.choose(computer("Windows 11", Map.of("SystemRoot", "D:\\Win"),
                Set.of()), file));
        assertEquals(Optional.empty(), OsCredentialStores.choose(computer("FreeBSD", Map.of(), Set.of()), file));
    }

    @Test
    void onAMacOrWindowsAnEncryptedFileThatExistsAlreadyIsKeptWithItsKeySlots() throws IOException {
        Path file = dir.resolve("secrets.properties");
        Files.writeString(file, "format=2\n");
        assertEquals(Optional.empty(), OsCredentialStores.choose(computer("Mac OS X", Map.of(),
                Set.of("/usr/bin/security")), file));
        assertEquals(Optional.empty(), OsCredentialStores.choose(computer("Windows 10", Map.of("SystemRoot", "C:\\W"),
                Set.of(Path.of("C:\\W", "System32", "WindowsPowerShell", "v1.0", "powershell.exe").toString())), file));
    }

    @Test
    void theKeychainStoreWritesTheSecretOnlyToStdinHexEncodedAndReadsItBack() throws IOException {
        Path tool = stub();
        MacKeychainStore keychain = new MacKeychainStore(tool);
        keychain.put("imap:seller@example.com", SECRET.toCharArray());

        String argv = Files.readString(dir.resolve("argv"));
        String stdin = Files.readString(dir.resolve("stdin"));
        String hex = HexFormat.of().formatHex(SECRET.getBytes(StandardCharsets.UTF_8));
        assertEquals("-i\n", argv, "security -i reads its commands from stdin");
        assertEquals("add-generic-password -U -s relaydesk -a \"imap:seller@example.com\" -l \"RelayDesk "
                + "imap:seller@example.com\" -X " + hex + "\n", stdin);
        assertFalse(argv.contains(SECRET) || argv.contains(hex));

        answer(0, SECRET + "\n");
        assertEquals(SECRET, new String(keychain.get("imap:seller@example.com").orElseThrow()));
        assertEquals("find-generic-password\n-s\nrelaydesk\n-a\nimap:seller@example.com\n-w\n",
                Files.readString(dir.resolve("argv")));
        answer(44, "");
        assertEquals(Optional.empty(), keychain.get("imap:seller@example.com"), "exit 44: no such item");
        keychain.remove("imap:seller@example.com");
        assertEquals("delete-generic-password\n-s\nrelaydesk\n-a\nimap:seller@example.com\n",
                Files.readString(dir.resolve("argv")));
    }

    @Test
    void aKeychainThatRefusesSaysSoAndNamesWithQuotesAreRefusedBeforeTheToolRuns() throws IOException {
        MacKeychainStore keychain = new MacKeychainStore(stub());
        Files.writeString(dir.resolve("err"), "security: SecKeychainItemCreateFromContent: User interaction is not allowed.");
        SecretStoreException refused = assertThrows(SecretStoreException.class,
                () -> keychain.put("imap:a@b.example", SECRET.toCharArray()));
        assertTrue(refused.getMessage().startsWith("The macOS Keychain refused"), refused.getMessage());
        assertThrows(SecretStoreException.class, () -> keychain.put("imap:\"x\" -X 00", SECRET.toCharArray()));
    }

    @Test
    void theCredentialManagerStoreSendsTheSecretOnStdinAndOnlyTheItemsNameInTheScript() throws IOException {
        Path tool = stub();
        WindowsCredentialStore vault = new WindowsCredentialStore(tool);
        vault.put("imap:o'brien@example.com", SECRET.toCharArray());

        List<String> argv = Files.readAllLines(dir.resolve("argv"));
        assertEquals(List.of("-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-EncodedCommand"),
                argv.subList(0, 5));
        String script = new String(Base64.getDecoder().decode(argv.get(5)), StandardCharsets.UTF_16LE);
        assertTrue(script.contains("Windows.Security.Credentials.PasswordVault"), script);
        assertTrue(script.contains("PasswordCredential('relaydesk', 'imap:o''brien@example.com', $secret)"), script);
        assertFalse(script.contains(SECRET) || String.join(" ", argv).contains(SECRET));
        assertEquals(SECRET, Files.readString(dir.resolve("stdin")), "the secret goes on stdin, as UTF-8");

        answer(0, SECRET);
        assertEquals(SECRET, new String(vault.get("imap:o'brien@example.com").orElseThrow()));
        assertTrue(decodedScript().contains("$vault.Retrieve('relaydesk', 'imap:o''brien@example.com')"));
        answer(3, "");
        assertEquals(Optional.empty(), vault.get("imap:o'brien@example.com"), "exit 3: no such credential");
        vault.remove("imap:o'brien@example.com");
        assertTrue(decodedScript().contains("$vault.Remove($c)"));
    }

    private String decodedScript() throws IOException {
        List<String> argv = Files.readAllLines(dir.resolve("argv"));
        return new String(Base64.getDecoder().decode(argv.get(argv.size() - 1)), StandardCharsets.UTF_16LE);
    }

    /** The recording stub: command line to argv (one per line), stdin to stdin, answer from out/err/exit. */
    private Path stub() throws IOException {
        Path script = dir.resolve("tool.sh");
        Files.writeString(script, """
                #!/bin/sh
                d="$(dirname "$0")"
                : > "$d/argv"
                for a in "$@"; do printf '%s\\n' "$a" >> "$d/argv"; done
                cat > "$d/stdin"
                [ -f "$d/out" ] && cat "$d/out"
                [ -f "$d/err" ] && cat "$d/err" >&2
                exit "$(cat "$d/exit" 2>/dev/null || echo 0)"
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private void answer(int exit, String out) throws IOException {
        Files.writeString(dir.resolve("exit"), Integer.toString(exit));
        Files.writeString(dir.resolve("out"), out);
    }
}
