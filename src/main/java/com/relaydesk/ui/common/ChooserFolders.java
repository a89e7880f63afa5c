package com.relaydesk.ui.common;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.stage.FileChooser;

/**
 * Where the file dialogs open: the folder last used for the same purpose in this run, else the
 * Downloads folder (where Seller Central's reports and buyers' photos land), else home. Without it
 * every dialog opened wherever the toolkit chose, and a seller importing the day's orders report
 * walked to Downloads each time.
 */
public final class ChooserFolders {

    /** What a file dialog is for: each remembers its own folder. */
    public enum Purpose { ORDERS_REPORT, ATTACH_FILES, SAVE_ATTACHMENT, EXPORT_AUDIT }

    // One memory for the whole run, shared by every window's dialogs, as the toolkits' own "recent" is.
    private static final Map<Purpose, Path> LAST_USED = new EnumMap<>(Purpose.class);
    private static final Pattern XDG_DOWNLOAD = Pattern.compile("^XDG_DOWNLOAD_DIR=\"?([^\"]*)\"?\\s*$",
            Pattern.MULTILINE);

    private ChooserFolders() {
    }

    /** Sets the dialog to open in the folder for {@code purpose}. */
    public static void startIn(FileChooser chooser, Purpose purpose) {
        Path home = Path.of(System.getProperty("user.home"));
        Path folder;
        synchronized (LAST_USED) {
            folder = LAST_USED.get(purpose);
        }
        Path start = folder != null && Files.isDirectory(folder) ? folder : downloads(home).orElse(home);
        if (Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
    }

    /** Remembers the folder of what was chosen (null: the dialog was cancelled, nothing changes). */
    public static void chosen(Purpose purpose, File file) {
        if (file != null && file.getParentFile() != null) {
            synchronized (LAST_USED) {
                LAST_USED.put(purpose, file.getParentFile().toPath());
            }
        }
    }

    /** Where a downloaded orders report is looked for: Downloads, and the folder the last one was imported from. */
    public static java.util.List<Path> orderReportFolders() {
        java.util.List<Path> folders = new java.util.ArrayList<>();
        downloads(Path.of(System.getProperty("user.home"))).ifPresent(folders::add);
        synchronized (LAST_USED) {
            Path last = LAST_USED.get(Purpose.ORDERS_REPORT);
            if (last != null && !folders.contains(last)) {
                folders.add(last);
            }
        }
        return folders;
    }

    /** The user's Downloads folder: as the desktop names it (XDG user dirs, translated names too), else ~/Downloads. */
    static Optional<Path> downloads(Path home) {
        Path named = home.resolve("Downloads");
        try {
            Path userDirs = home.resolve(".config/user-dirs.dirs");
            if (Files.isRegularFile(userDirs)) {
                Matcher m = XDG_DOWNLOAD.matcher(Files.readString(userDirs, StandardCharsets.UTF_8));
                if (m.find()) {
                    named = Path.of(m.group(1).replace("$HOME", home.toString()));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // the usual name below
        }
        if (Files.isDirectory(named)) {
            return Optional.of(named);
        }
        Path usual = home.resolve("Downloads");
        return Files.isDirectory(usual) ? Optional.of(usual) : Optional.empty();
    }
}
