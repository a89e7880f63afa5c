package com.relaydesk.cli;

import com.relaydesk.account.AccountSettings;
import com.relaydesk.account.AccountSettingsFile;
import com.relaydesk.orders.ImportedReport;
import com.relaydesk.orders.OrderReport;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.platform.UserFacingException;
import com.relaydesk.store.AccountCache;
import com.relaydesk.store.OrderImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code relaydesk import-orders [--account ADDR] FILE.tsv}: the "All Orders" report into an account's cache. */
@Command(name = "import-orders", mixinStandardHelpOptions = true,
        description = {"Import the marketplace's \"All Orders\" report (tab-separated) into the cache.",
            "Importing the same report again changes nothing; bad rows are listed with their line numbers",
            "and the other rows are still imported. Exit code 0: all rows imported, 1: some rows were bad."})
final class ImportOrdersCommand implements Callable<Integer> {

    static final int EXIT_BAD_ROWS = 1;

    @ParentCommand
    private RelayDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--account", paramLabel = "ADDR",
            description = "The mailbox whose cache receives the orders (default: the configured account).")
    private String account;

    @Parameters(paramLabel = "FILE.tsv", description = "The order report, as downloaded from Seller Central.")
    private Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("There is no order report at " + file + ". Check the file name.");
        }
        DataFolder folder = root.dataFolder();
        root.logFiles(folder);
        String address = account != null ? account : defaultAccount(folder);
        ImportedReport result;
        try (AccountCache cache = AccountCache.open(folder, address)) {
            result = new OrderImport(cache.orders()).importFile(file);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (OrderReport.Problem problem : result.problems()) {
            out.println(file.getFileName() + ":" + problem.line() + ": " + problem.message());
        }
        out.printf("%d imported, %d updated, %d unchanged, %d bad rows (account %s)%n",
                result.imported(), result.updated(), result.unchanged(), result.bad(), address);
        out.flush();
        return result.bad() == 0 ? 0 : EXIT_BAD_ROWS;
    }

    /** The configured account, else the only cache in the data folder. */
    private static String defaultAccount(DataFolder folder) {
        Optional<AccountSettings> settings = new AccountSettingsFile(folder.root()).load();
        if (settings.isPresent()) {
            return settings.get().address();
        }
        List<String> caches = List.of();
        Path accounts = folder.root().resolve("accounts");
        if (Files.isDirectory(accounts)) {
            try (Stream<Path> files = Files.list(accounts)) {
                caches = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sqlite"))
                        .map(n -> n.substring(0, n.length() - ".sqlite".length())).sorted().toList();
            } catch (IOException e) {
                caches = List.of();
            }
        }
        if (caches.size() == 1) {
            return caches.get(0);
        }
        throw new UserFacingException(caches.isEmpty()
                ? "No account is set up in " + folder + ". Name the mailbox the orders belong to with --account ADDR."
                : "Several accounts have a cache in " + folder + " (" + String.join(", ", caches)
                        + "). Choose one with --account ADDR.");
    }
}
