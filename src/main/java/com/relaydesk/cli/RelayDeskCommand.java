package com.relaydesk.cli;

import com.relaydesk.platform.AppVersion;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.platform.LogFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code relaydesk}: with no subcommand it opens the desktop window. */
@Command(name = "relaydesk",
        mixinStandardHelpOptions = true,
        versionProvider = RelayDeskCommand.Version.class,
        description = {
            "A desktop inbox for marketplace sellers who answer buyers through the marketplace's mail relay.",
            "With no command, opens the RelayDesk window."
        },
        footer = {"", "Data folder: --data-dir, else $" + DataFolder.HOME_VARIABLE
                + ", else the platform's per-user data folder."})
public final class RelayDeskCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder for the cache, settings and logs (overrides $" + DataFolder.HOME_VARIABLE + ").")
    private Path dataDir;

    private final DesktopLauncher desktop;
    private LogFiles log;

    RelayDeskCommand(DesktopLauncher desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        DataFolder folder = dataFolder();
        return desktop.open(folder, logFiles(folder));
    }

    /** The data folder chosen on the command line or by the environment, created and writable. */
    public DataFolder dataFolder() {
        return DataFolder.resolve(dataDir).ensureWritable();
    }

    /** Starts logging into the data folder once per process. */
    LogFiles logFiles(DataFolder folder) {
        if (log == null) {
            log = LogFiles.install(folder);
        }
        return log;
    }

    /** The log of this run, or null when nothing opened it yet. */
    LogFiles logIfOpen() {
        return log;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"RelayDesk " + AppVersion.current(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
