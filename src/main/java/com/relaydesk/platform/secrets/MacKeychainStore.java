package com.relaydesk.platform.secrets;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The login keychain on macOS, through {@code /usr/bin/security}. Storing runs {@code security -i}
 * and writes the command on its stdin, the secret hex-encoded ({@code add-generic-password -X}), so
 * it never appears in a process list; looking up and deleting name only the item. Written from
 * Apple's documentation of {@code security(1)}; not tried on a Mac.
 */
public final class MacKeychainStore implements SecretStore {

    public static final Path TOOL = Path.of("/usr/bin/security");
    private static final String SERVICE = "relaydesk";
    /** security(1): "The specified item could not be found in the keychain." */
    private static final int NOT_FOUND = 44;

    private final String tool;
    private final ToolRun runner = new ToolRun("the macOS Keychain");

    public MacKeychainStore(Path tool) {
        this.tool = tool.toString();
    }

    @Override
    public void put(String key, char[] secret) {
        String hex = HexFormat.of().formatHex(Sealing.utf8(secret));
        byte[] commands = ("add-generic-password -U -s " + SERVICE + " -a " + quoted(key) + " -l " + quoted("RelayDesk "
                + key) + " -X " + hex + "\n").getBytes(StandardCharsets.UTF_8);
        ToolRun.Answer answer = runner.run(commands, List.of(tool, "-i"));
        // in interactive mode security reports a failed command on stderr, not in its exit code
        if (answer.exit() != 0 || !answer.err().isEmpty()) {
            throw runner.refused(answer);
        }
    }

    @Override
    public Optional<char[]> get(String key) {
        ToolRun.Answer answer = runner.run(null, List.of(tool, "find-generic-password", "-s", SERVICE, "-a",
                checked(key), "-w"));
        if (answer.exit() == NOT_FOUND) {
            return Optional.empty();
        }
        if (answer.exit() != 0) {
            throw runner.refused(answer);
        }
        String out = answer.out();
        return Optional.of((out.endsWith("\n") ? out.substring(0, out.length() - 1) : out).toCharArray());
    }

    @Override
    public void remove(String key) {
        ToolRun.Answer answer = runner.run(null, List.of(tool, "delete-generic-password", "-s", SERVICE, "-a",
                checked(key)));
        if (answer.exit() != 0 && answer.exit() != NOT_FOUND) {
            throw runner.refused(answer);
        }
    }

    @Override
    public String description() {
        return "the macOS Keychain";
    }

    private static String quoted(String text) {
        return "\"" + checked(text) + "\"";
    }

    /** Keys are RelayDesk's own names (e.g. {@code imap:seller@example.com}); quotes or line breaks would break the command. */
    private static String checked(String key) {
        if (key.isEmpty() || key.chars().anyMatch(c -> c == '"' || c == '\\' || c < 0x20)) {
            throw new SecretStoreException("A secret's name cannot hold quotes or line breaks: " + key);
        }
        return key;
    }
}
