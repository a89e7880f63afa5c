package com.relaydesk.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The per-user folder where RelayDesk keeps its cache, settings and logs.
 *
 * <p>Precedence: an explicit {@code --data-dir}, then {@code RELAYDESK_HOME}, then the
 * platform's convention (XDG data dir on Linux, {@code %APPDATA%} on Windows,
 * Application Support on macOS).
 */
public final class DataFolder {

    public static final String HOME_VARIABLE = "RELAYDESK_HOME";
    private static final String APP_NAME = "RelayDesk";

    private final Path root;

    private DataFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Wraps an already chosen folder; nothing is created. */
    public static DataFolder at(Path root) {
        return new DataFolder(Objects.requireNonNull(root, "root"));
    }

    /** Resolves the folder for this process from its environment and system properties. */
    public static DataFolder resolve(Path explicitDir) {
        return resolve(explicitDir, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    /** Resolution with every input passed in, so each platform can be tested anywhere. */
    public static DataFolder resolve(Path explicitDir, Map<String, String> env, String osName, Path userHome) {
        if (explicitDir != null) {
            return new DataFolder(explicitDir);
        }
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return new DataFolder(Path.of(home));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return new DataFolder(base.resolve(APP_NAME));
        }
        if (os.startsWith("mac")) {
            return new DataFolder(userHome.resolve("Library").resolve("Application Support").resolve(APP_NAME));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return new DataFolder(base.resolve("relaydesk"));
    }

    public Path root() {
        return root;
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /**
     * Creates the folder and checks that RelayDesk can write to it.
     *
     * @throws DataFolderException with a sentence that says what failed and what to do
     */
    public DataFolder ensureWritable() {
        try {
            Files.createDirectories(root);
            Files.createDirectories(logs());
            Path probe = Files.createTempFile(root, ".write-check", ".tmp");
            Files.delete(probe);
            return this;
        } catch (IOException | SecurityException e) {
            throw new DataFolderException("RelayDesk cannot write to its data folder " + root + " ("
                    + describe(e) + "). Free some space or fix its permissions, or choose another folder with --data-dir or "
                    + HOME_VARIABLE + ".", e);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public String toString() {
        return root.toString();
    }

    /** The data folder cannot be used; the message is meant for the user. */
    public static final class DataFolderException extends UserFacingException {
        public DataFolderException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
