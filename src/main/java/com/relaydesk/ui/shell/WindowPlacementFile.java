package com.relaydesk.ui.shell;

import com.relaydesk.platform.PropertiesFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * {@code window.properties} in the data folder: the main window's last placement. Losing it costs
 * only a window at its first-start size, so a damaged file is logged and ignored, never an error.
 */
public final class WindowPlacementFile {

    public static final String FILE_NAME = "window.properties";
    private static final Logger LOG = Logger.getLogger(WindowPlacementFile.class.getName());

    private final Path file;

    public WindowPlacementFile(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public Optional<WindowPlacement> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            WindowPlacement placement = new WindowPlacement(number(p, "x"), number(p, "y"), number(p, "width"),
                    number(p, "height"), Boolean.parseBoolean(p.getProperty("maximized")), dividers(p));
            if (placement.width() <= 0 || placement.height() <= 0) {
                throw new IllegalArgumentException("the size is " + placement.width() + " × " + placement.height());
            }
            return Optional.of(placement);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The window placement in " + file + " could not be read; the window opens at its"
                    + " first-start size", e);
            return Optional.empty();
        }
    }

    public void save(WindowPlacement placement) {
        Properties p = new Properties();
        p.setProperty("x", Double.toString(placement.x()));
        p.setProperty("y", Double.toString(placement.y()));
        p.setProperty("width", Double.toString(placement.width()));
        p.setProperty("height", Double.toString(placement.height()));
        p.setProperty("maximized", Boolean.toString(placement.maximized()));
        p.setProperty("dividers", placement.dividers().stream().map(String::valueOf).collect(Collectors.joining(",")));
        try {
            PropertiesFile.write(file, p, "RelayDesk main window: where it was when it was last closed");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The window placement could not be saved to " + file, e);
        }
    }

    /** Fractions in increasing order between 0 and 1, or none: panes laid out afresh rather than squeezed shut. */
    private static List<Double> dividers(Properties p) {
        String value = p.getProperty("dividers", "").strip();
        if (value.isEmpty()) {
            return List.of();
        }
        List<Double> dividers = new ArrayList<>();
        try {
            for (String part : value.split(",")) {
                double fraction = Double.parseDouble(part.strip());
                double before = dividers.isEmpty() ? 0 : dividers.get(dividers.size() - 1);
                if (!(fraction > before && fraction < 1)) {
                    return List.of();
                }
                dividers.add(fraction);
            }
        } catch (NumberFormatException e) {
            return List.of();
        }
        return dividers;
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(key + " is missing");
        }
        double number = Double.parseDouble(value.strip());
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException(key + " is " + value);
        }
        return number;
    }
}
