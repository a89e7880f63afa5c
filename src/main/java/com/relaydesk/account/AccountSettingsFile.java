package com.relaydesk.account;

import com.relaydesk.mail.Security;
import com.relaydesk.platform.PropertiesFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code account.properties} in the data folder: the connected mailbox's settings, never its
 * password. No file means no account: the app opens in offline demo mode.
 */
public final class AccountSettingsFile {

    public static final String FILE_NAME = "account.properties";
    private final Path file;

    public AccountSettingsFile(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public Optional<AccountSettings> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(new AccountSettings(required(p, "address"), p.getProperty("user"),
                    endpoint(p, "imap"), endpoint(p, "smtp"),
                    Arrays.stream(p.getProperty("authorized-senders", "").split(","))
                            .map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    Boolean.parseBoolean(p.getProperty("bounce-backs", "true")),
                    trustedCertificate(p.getProperty("trusted-certificate")), p.getProperty("shop-name")));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The account settings in " + file + " could not be read (" + e.getMessage()
                    + "). Fix or delete that file; without it RelayDesk opens the offline demo.", e);
        }
    }

    public void save(AccountSettings settings) throws IOException {
        Properties p = new Properties();
        p.setProperty("address", settings.address());
        p.setProperty("user", settings.user());
        put(p, "imap", settings.imap());
        put(p, "smtp", settings.smtp());
        p.setProperty("authorized-senders", String.join(",", settings.authorizedSenders()));
        p.setProperty("bounce-backs", Boolean.toString(settings.bounceBacks()));
        if (settings.shopName() != null) {
            p.setProperty("shop-name", settings.shopName());
        }
        if (settings.trustedCertificate() != null) {
            // Relative to the data folder when inside it, so a moved or copied data folder keeps working.
            Path folder = file.getParent().toAbsolutePath();
            Path pem = settings.trustedCertificate().toAbsolutePath();
            p.setProperty("trusted-certificate", (pem.startsWith(folder) ? folder.relativize(pem) : pem).toString());
        }
        Files.createDirectories(file.getParent());
        PropertiesFile.write(file, p, "RelayDesk mailbox settings (the password is kept in the secret store, not here)");
    }

    /** Forgets the account: the next start opens the offline demo. */
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    private Path trustedCertificate(String value) {
        return value == null || value.isBlank() ? null : file.getParent().resolve(value.strip());
    }

    private static void put(Properties p, String prefix, ServerEndpoint endpoint) {
        p.setProperty(prefix + ".host", endpoint.host());
        p.setProperty(prefix + ".port", Integer.toString(endpoint.port()));
        p.setProperty(prefix + ".security", endpoint.security().name().toLowerCase(Locale.ROOT));
    }

    private static ServerEndpoint endpoint(Properties p, String prefix) {
        return new ServerEndpoint(required(p, prefix + ".host"), Integer.parseInt(required(p, prefix + ".port")),
                Security.valueOf(required(p, prefix + ".security").toUpperCase(Locale.ROOT)));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return value.strip();
    }
}
