package com.relaydesk.oauth;

import java.net.URI;

/** Opens the provider's sign-in page in the user's browser (the app opens the system browser; tests follow the link themselves). */
@FunctionalInterface
public interface BrowserOpener {

    void open(URI signInPage) throws Exception;
}
