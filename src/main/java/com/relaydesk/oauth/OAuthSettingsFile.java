package com.relaydesk.oauth;

import com.relaydesk.platform.PropertiesFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code oauth.properties} in the data folder: present when the connected mailbox signs in with
 * OAuth. Settings only; the refresh token is in the secret store.
 */
public final class OAuthSettingsFile {

    public static final String FILE_NAME = "oauth.properties";
    private final Path file;

    public OAuthSettingsFile(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public Optional<OAuthSettings> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new OAuthException("The sign-in settings in " + file + " could not be read (" + e.getMessage()
                    + "). Fix or delete that file and sign in again.", e, false);
        }
        String provider = p.getProperty("provider", "").strip();
        if (provider.isEmpty()) {
            throw new OAuthException("The sign-in settings in " + file + " name no provider. Add provider=google, "
                    + "provider=microsoft or provider=generic.");
        }
        return Optional.of(new OAuthSettings(provider, text(p, "client-id"), uri(p, "authorization"), uri(p, "token"),
                uri(p, "revocation"), Arrays.stream(p.getProperty("scopes", "").split("\\s+"))
                        .filter(s -> !s.isEmpty()).toList()));
    }

    public void save(OAuthSettings settings) throws IOException {
        Properties p = new Properties();
        p.setProperty("provider", settings.provider());
        settings.clientId().ifPresent(v -> p.setProperty("client-id", v));
        settings.authorization().ifPresent(v -> p.setProperty("authorization", v.toString()));
        settings.token().ifPresent(v -> p.setProperty("token", v.toString()));
        settings.revocation().ifPresent(v -> p.setProperty("revocation", v.toString()));
        if (!settings.scopes().isEmpty()) {
            p.setProperty("scopes", String.join(" ", settings.scopes()));
        }
        Files.createDirectories(file.getParent());
        PropertiesFile.write(file, p, "RelayDesk OAuth sign-in settings (tokens are in the secret store, never here)");
    }

    /** The mailbox signs in with a password again. */
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    private static Optional<String> text(Properties p, String key) {
        return Optional.ofNullable(p.getProperty(key)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private Optional<URI> uri(Properties p, String key) {
        try {
            return text(p, key).map(URI::create);
        } catch (IllegalArgumentException e) {
            throw new OAuthException("'" + key + "' in " + file + " is not a web address: " + p.getProperty(key), e, false);
        }
    }
}
