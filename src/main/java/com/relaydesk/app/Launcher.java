package com.relaydesk.app;

import com.relaydesk.cli.RelayDeskCli;

/**
 * The jar's entry point. A plain class, not the {@code Application} subclass, so the jar runs
 * with JavaFX on the class path (otherwise Java refuses with "JavaFX runtime components are
 * missing").
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int exitCode = RelayDeskCli.create(new DesktopWindowLauncher(), args).execute(args);
        System.exit(exitCode);
    }
}
