package com.relaydesk.platform.secrets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an OS credential tool with the secret on stdin only: what a command line shows (other users
 * can read it in the process list) never holds a secret.
 */
final class ToolRun {

    /** What the tool answered. */
    record Answer(int exit, String out, String err) { }

    private final String what;

    /** @param what the store's name in messages, e.g. "the macOS Keychain" */
    ToolRun(String what) {
        this.what = what;
    }

    Answer run(byte[] stdin, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).start();
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            } finally {
                if (stdin != null) {
                    Arrays.fill(stdin, (byte) 0);
                }
            }
            // the answers are short; read both before waiting so a full pipe cannot stall the tool
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SecretStoreException(capital() + " did not answer within 30 s. Unlock it and try again.");
            }
            return new Answer(process.exitValue(), out, err);
        } catch (IOException e) {
            throw new SecretStoreException(capital() + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecretStoreException("Interrupted while talking to " + what + ".", e);
        }
    }

    SecretStoreException refused(Answer answer) {
        return new SecretStoreException(capital() + " refused (" + answer.exit() + (answer.err().isEmpty() ? ""
                : ": " + answer.err()) + "). Unlock it and try again.");
    }

    private String capital() {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
