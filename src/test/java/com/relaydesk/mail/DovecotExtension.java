package com.relaydesk.mail;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A private Dovecot on loopback for one test class: {@code @RegisterExtension static final
 * DovecotExtension DOVECOT = new DovecotExtension();}. Without Dovecot installed the class is
 * skipped with {@link DovecotServer#SKIP_MESSAGE}.
 */
public final class DovecotExtension implements BeforeAllCallback, AfterAllCallback {

    private DovecotServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Assumptions.assumeTrue(DovecotServer.available(), DovecotServer.SKIP_MESSAGE);
        server = DovecotServer.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public DovecotServer server() {
        return server;
    }
}
