package com.relaydesk.ui.appearance;

import com.relaydesk.platform.PropertiesFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code appearance.properties} in the data folder: the text size and theme last in use on this
 * desktop, read before the first window shows so it opens in them (no light flash before dark).
 * Losing it costs only the default look, so a damaged file is logged and ignored.
 */
public final class AppearanceFile {

    public static final String FILE_NAME = "appearance.properties";
    private static final Logger LOG = Logger.getLogger(AppearanceFile.class.getName());

    private final Path file;

    public AppearanceFile(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public Optional<Appearance> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(Appearance.of(p.getProperty("text.size"), p.getProperty("theme")));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The appearance in " + file + " could not be read; RelayDesk opens in its default"
                    + " text size and light theme", e);
            return Optional.empty();
        }
    }

    public void save(Appearance appearance) {
        Properties p = new Properties();
        p.setProperty("text.size", appearance.textSize().toString());
        p.setProperty("theme", appearance.theme());
        try {
            PropertiesFile.write(file, p, "RelayDesk: the text size and theme last used on this desktop");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The appearance could not be saved to " + file, e);
        }
    }
}
