package com.relaydesk.app;

import com.relaydesk.platform.DataFolder;
import com.relaydesk.platform.LogFiles;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the launcher hands to the JavaFX application. JavaFX creates the application object
 * itself, so the values travel as named parameters rather than through a static field.
 */
record StartupArguments(Path dataDir) {

    private static final String DATA_DIR = "data-dir";

    static StartupArguments of(DataFolder folder, LogFiles log) {
        return new StartupArguments(folder.root());
    }

    String[] toArgs() {
        return new String[] {"--" + DATA_DIR + "=" + dataDir};
    }

    /** Reads the named parameters; without a data folder, resolves it as the command line would. */
    static StartupArguments from(Map<String, String> named) {
        String dir = named.get(DATA_DIR);
        return new StartupArguments(dir == null ? DataFolder.resolve(null).root() : Path.of(dir));
    }
}
