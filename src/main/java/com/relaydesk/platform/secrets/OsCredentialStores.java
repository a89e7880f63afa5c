package com.relaydesk.platform.secrets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which OS credential store this computer offers: the Secret Service keyring on Linux, the
 * Keychain on macOS, the Credential Manager on Windows. Empty where there is none, and then
 * RelayDesk keeps secrets in the encrypted file ({@link EncryptedFileSecretStore}).
 */
public final class OsCredentialStores {

    /** What the choice depends on; tests describe other computers with it. */
    public record Computer(String osName, Map<String, String> env, Predicate<Path> executable) {

        public static Computer thisOne() {
            return new Computer(System.getProperty("os.name", ""), System.getenv(), Files::isExecutable);
        }
    }

    private OsCredentialStores() {
    }

    /** The store of this computer, if any; see {@link #choose}. */
    public static Optional<SecretStore> forThisComputer(Path secretsFile) {
        return choose(Computer.thisOne(), secretsFile);
    }

    /**
     * The OS store for {@code computer}. On macOS and Windows an encrypted secrets file that already
     * exists is kept (empty answer): it holds the password and the assistants' key slots from
     * before these stores were used there, and switching would lose both.
     */
    public static Optional<SecretStore> choose(Computer computer, Path secretsFile) {
        String os = computer.osName().toLowerCase(Locale.ROOT);
        if (os.contains("linux")) {
            if (computer.env().get("DBUS_SESSION_BUS_ADDRESS") == null) {
                return Optional.empty();
            }
            return java.util.stream.Stream.of("/usr/bin/secret-tool", "/usr/local/bin/secret-tool").map(Path::of)
                    .filter(computer.executable()).findFirst().map(tool -> new SecretServiceStore(tool.toString()));
        }
        if (Files.exists(secretsFile)) {
            return Optional.empty();
        }
        if (os.startsWith("mac")) {
            return Optional.of(MacKeychainStore.TOOL).filter(computer.executable()).map(MacKeychainStore::new);
        }
        if (os.startsWith("windows")) {
            Path powershell = Path.of(computer.env().getOrDefault("SystemRoot", "C:\\Windows"), "System32",
                    "WindowsPowerShell", "v1.0", "powershell.exe");
            return Optional.of(powershell).filter(computer.executable()).map(WindowsCredentialStore::new);
        }
        return Optional.empty();
    }
}
