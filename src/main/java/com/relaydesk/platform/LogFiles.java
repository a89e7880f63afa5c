package com.relaydesk.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends everything RelayDesk logs to a rotating file in the data folder.
 *
 * <p>The console gets nothing: users see short messages in the UI or on the command line,
 * and the details (stack traces included) live in the file those messages point to.
 */
public final class LogFiles {

    private static final int FILE_LIMIT_BYTES = 2 * 1024 * 1024;
    private static final int FILE_COUNT = 5;
    private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$-7s [%3$s] %5$s%6$s%n";

    private final Path current;

    private LogFiles(Path current) {
        this.current = current;
    }

    /** Installs the rotating file handler on the root logger; safe to call more than once. */
    public static LogFiles install(DataFolder folder) {
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
            handler.close();
        }
        String pattern = folder.logs().resolve("relaydesk-%g.log").toString();
        try {
            FileHandler handler = new FileHandler(pattern, FILE_LIMIT_BYTES, FILE_COUNT, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            root.addHandler(handler);
            root.setLevel(Level.INFO);
        } catch (IOException e) {
            throw new DataFolder.DataFolderException("RelayDesk cannot write its log in " + folder.logs()
                    + " (" + e.getMessage() + "). Check the folder's permissions and free space.", e);
        }
        return new LogFiles(folder.logs().resolve("relaydesk-0.log"));
    }

    /** The file the newest entries go to, for messages that tell the user where to look. */
    public Path currentFile() {
        return current;
    }
}
