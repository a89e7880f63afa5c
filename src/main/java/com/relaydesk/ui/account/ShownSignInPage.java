package com.relaydesk.ui.account;

import com.relaydesk.oauth.BrowserOpener;
import com.relaydesk.oauth.SystemBrowser;
import com.relaydesk.ui.common.UiTasks;
import java.net.URI;
import javafx.beans.property.StringProperty;

/**
 * Opens the provider's sign-in page in the system browser and puts its address where the user
 * can copy it: on a desktop where no browser opens, the sign-in still works by hand.
 */
final class ShownSignInPage implements BrowserOpener {

    private final UiTasks tasks;
    private final StringProperty address;
    private final SystemBrowser browser = new SystemBrowser(text -> { });

    ShownSignInPage(UiTasks tasks, StringProperty address) {
        this.tasks = tasks;
        this.address = address;
    }

    @Override
    public void open(URI signInPage) throws Exception {
        tasks.onUiThread(() -> address.set(signInPage.toString()));
        browser.open(signInPage);
    }
}
