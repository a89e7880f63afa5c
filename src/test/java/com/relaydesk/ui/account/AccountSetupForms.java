package com.relaydesk.ui.account;

import com.relaydesk.account.AccountSetup;
import com.relaydesk.account.MailboxLogin;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.common.ViewLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;

/** The "Connect a mailbox" form as the app builds it, for the tests that show it. */
final class AccountSetupForms {

    private AccountSetupForms() {
    }

    /** The form's view model on a data folder; its checks run on {@code background}, their results on the FX thread. */
    static AccountSetupViewModel viewModel(Path dataDir, ExecutorService background) {
        return new AccountSetupViewModel(new AccountSetup(dataDir, new MailboxLogin()),
                new UiTasks(background, Platform::runLater), page -> { });
    }

    /** Loads {@code account/AccountSetup.fxml} with its view bound to {@code viewModel}. */
    static ViewLoader loader(AccountSetupViewModel viewModel) {
        return new ViewLoader(Map.of(AccountSetupView.class, () -> new AccountSetupView(viewModel)));
    }
}
