package com.relaydesk.platform;

import java.nio.file.Path;

/** What the About dialog and support requests need to know about this installation. */
public record AppInfo(String name, String version, String javaVersion, Path dataFolder, Path logFile) {

    public static AppInfo of(DataFolder folder, LogFiles log) {
        return new AppInfo("RelayDesk", AppVersion.current(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                folder.root(), log.currentFile());
    }
}
