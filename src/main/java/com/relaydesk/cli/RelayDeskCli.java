package com.relaydesk.cli;

import com.relaydesk.platform.LogFiles;
import com.relaydesk.platform.UserFacingException;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Builds the {@code relaydesk} command line: the root command and its subcommands. */
public final class RelayDeskCli {

    static final int EXIT_FAILURE = 1;
    private static final Logger LOG = Logger.getLogger(RelayDeskCli.class.getName());

    private RelayDeskCli() {
    }

    public static CommandLine create(DesktopLauncher desktop) {
        RelayDeskCommand root = new RelayDeskCommand(desktop);
        CommandLine commandLine = new CommandLine(root)
                .addSubcommand(new DemoServerCommand())
                .addSubcommand(new SyncCommand())
                .addSubcommand(new SignOutCommand())
                .addSubcommand(new LintCommand())
                .addSubcommand(new BenchCommand())
                .addSubcommand(new ImportOrdersCommand())
                .addSubcommand(new StartupTrainingCommand());
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> reportFailure(e, cl.getErr(), root.logIfOpen()));
        return commandLine;
    }

    /**
     * The command line for these arguments: for {@code sync}, only that subcommand is built, so a
     * scheduled sync does not pay for building every other command's options (picocli reads them
     * all by reflection at start-up); anything else gets the full command line.
     */
    public static CommandLine create(DesktopLauncher desktop, String[] args) {
        if (!"sync".equals(subcommandName(args))) {
            return create(desktop);
        }
        RelayDeskCommand root = new RelayDeskCommand(desktop);
        CommandLine commandLine = new CommandLine(root).addSubcommand(new SyncCommand());
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> reportFailure(e, cl.getErr(), root.logIfOpen()));
        return commandLine;
    }

    /** The first argument that is not an option of the root command (nor --data-dir's value). */
    static String subcommandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data-dir")) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    /**
     * One sentence on stderr; the stack trace goes to the log file, never to the user. Before a
     * command opens its log, the only handler is Java's console one, which prints INFO and above
     * on stderr: the trace is then logged below that (a failure found that early, such as a
     * missing input file, is told in full by the sentence).
     */
    static int reportFailure(Exception e, PrintWriter err, LogFiles log) {
        LOG.log(log != null ? Level.SEVERE : Level.FINE, "command failed", e);
        err.println("relaydesk: " + UserFacingException.describe(e));
        if (log != null) {
            err.println("Details are in " + log.currentFile());
        }
        err.flush();
        return EXIT_FAILURE;
    }
}
