package com.relaydesk.cli;

import com.relaydesk.account.AccountSignOut;
import com.relaydesk.oauth.SignOutResult;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.platform.UserFacingException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code relaydesk sign-out}: forget the mailbox's sign-in here and withdraw it at the provider where it can. */
@Command(name = "sign-out", mixinStandardHelpOptions = true,
        description = {"Sign out of the connected mailbox: withdraw its Google sign-in at Google (Microsoft offers "
                + "no way to), delete the refresh token or password from the secret store, and disconnect it, so "
                + "RelayDesk opens the offline demo. Downloaded messages stay in the cache.",
            "With --oauth PROFILE --user ADDRESS: sign out a sign-in made by 'sync --oauth' instead."},
        footer = {"", "Exit codes: 0 signed out (or nothing to sign out of), 1 failed (nothing changed), "
                + "3 signed out here but the provider could not be told (offline): remove RelayDesk's access there.",
            "", "Example: relaydesk sign-out --oauth google --user me@gmail.com --passphrase-env RD_PASSPHRASE"})
final class SignOutCommand implements Callable<Integer> {

    static final int EXIT_PROVIDER_NOT_TOLD = 3;

    @ParentCommand
    private RelayDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--oauth", paramLabel = "PROFILE",
            description = "The sign-in made by 'sync --oauth PROFILE' (google, microsoft, generic); needs --user.")
    private String profile;

    @Option(names = "--user", paramLabel = "ADDRESS", description = "The mailbox signed in with --oauth.")
    private String user;

    @Option(names = "--passphrase-env", paramLabel = "VAR",
            description = "Environment variable holding the passphrase of the encrypted secrets file, where the "
                    + "desktop has no keyring.")
    private String passphraseEnv;

    @Override
    public Integer call() {
        DataFolder folder = root.dataFolder();
        root.logFiles(folder);
        if (profile != null && user == null) {
            throw new UserFacingException("Say which mailbox to sign out: --user is needed with --oauth.");
        }
        AccountSignOut signOut = new AccountSignOut(folder.root(), () -> CliSecrets.open(folder, passphraseEnv),
                System.getenv());
        AccountSignOut.Outcome outcome = profile == null ? signOut.signOut() : signOut.signOut(profile, user);
        PrintWriter out = spec.commandLine().getOut();
        out.println(outcome.sentence());
        out.flush();
        boolean notTold = outcome.provider().map(p -> p.revocation() == SignOutResult.Revocation.NOT_SENT)
                .orElse(false);
        return notTold ? EXIT_PROVIDER_NOT_TOLD : 0;
    }
}
