package com.relaydesk.cli;

import com.relaydesk.platform.DataFolder;
import com.relaydesk.platform.LogFiles;

/** Opens the desktop window; the command line knows only this, never the UI toolkit. */
@FunctionalInterface
public interface DesktopLauncher {

    /** Opens the window and returns the process exit code once it is closed. */
    int open(DataFolder folder, LogFiles log);
}
