package com.relaydesk.platform.secrets;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The Windows Credential Manager (Credential Locker), through Windows PowerShell and
 * {@code Windows.Security.Credentials.PasswordVault}. The script goes in {@code -EncodedCommand}
 * and names only the item; the secret travels on stdin (and back on stdout), never on a command
 * line. Written from Microsoft's documentation; not tried on a Windows machine.
 */
public final class WindowsCredentialStore implements SecretStore {

    private static final String RESOURCE = "relaydesk";
    private static final int NOT_FOUND = 3;
    private static final String VAULT = "$ErrorActionPreference = 'Stop'; "
            + "[Console]::InputEncoding = [Text.Encoding]::UTF8; [Console]::OutputEncoding = [Text.Encoding]::UTF8; "
            + "[void][Windows.Security.Credentials.PasswordVault,Windows.Security.Credentials,ContentType=WindowsRuntime]; "
            + "$vault = New-Object Windows.Security.Credentials.PasswordVault; ";
    private static final String FIND = "try { $c = $vault.Retrieve('" + RESOURCE + "', %s) } catch { exit " + NOT_FOUND
            + " }; ";

    private final String tool;
    private final ToolRun runner = new ToolRun("the Windows Credential Manager");

    /** @param tool Windows PowerShell 5.1's powershell.exe: PowerShell 7 cannot load WinRT types such as PasswordVault */
    public WindowsCredentialStore(Path tool) {
        this.tool = tool.toString();
    }

    @Override
    public void put(String key, char[] secret) {
        String script = VAULT + "$secret = [Console]::In.ReadToEnd(); "
                + "$vault.Add((New-Object Windows.Security.Credentials.PasswordCredential('" + RESOURCE + "', "
                + literal(key) + ", $secret)))";
        ToolRun.Answer answer = runner.run(Sealing.utf8(secret), command(script));
        if (answer.exit() != 0) {
            throw runner.refused(answer);
        }
    }

    @Override
    public Optional<char[]> get(String key) {
        String script = VAULT + String.format(FIND, literal(key)) + "$c.RetrievePassword(); [Console]::Out.Write($c.Password)";
        ToolRun.Answer answer = runner.run(null, command(script));
        if (answer.exit() == NOT_FOUND) {
            return Optional.empty();
        }
        if (answer.exit() != 0) {
            throw runner.refused(answer);
        }
        return Optional.of(answer.out().toCharArray());
    }

    @Override
    public void remove(String key) {
        String script = VAULT + String.format(FIND, literal(key)) + "$vault.Remove($c)";
        ToolRun.Answer answer = runner.run(null, command(script));
        if (answer.exit() != 0 && answer.exit() != NOT_FOUND) {
            throw runner.refused(answer);
        }
    }

    @Override
    public String description() {
        return "the Windows Credential Manager";
    }

    private List<String> command(String script) {
        // -EncodedCommand is Base64 of UTF-16LE: no quoting rules of cmd.exe or PowerShell apply to the script
        String encoded = Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_16LE));
        return List.of(tool, "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-EncodedCommand", encoded);
    }

    /** A PowerShell single-quoted string: a quote inside is doubled. */
    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
