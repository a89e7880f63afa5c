package com.relaydesk.oauth;

import java.awt.Desktop;
import java.net.URI;
import java.util.function.Consumer;

/**
 * Opens the sign-in page in the desktop's default browser and always also shows the address
 * (through {@code show}), so a user without a desktop browser can open it by hand.
 */
public final class SystemBrowser implements BrowserOpener {

    private final Consumer<String> show;

    public SystemBrowser(Consumer<String> show) {
        this.show = show;
    }

    @Override
    public void open(URI signInPage) throws Exception {
        show.accept("Sign in in your browser. If no browser window opened, open this address on this computer:\n  "
                + signInPage);
        if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            Desktop.getDesktop().browse(signInPage);
        }
    }
}
