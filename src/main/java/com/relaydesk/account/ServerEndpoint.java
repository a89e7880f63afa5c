package com.relaydesk.account;

import com.relaydesk.mail.Security;
import java.util.Objects;

/** Host, port and transport security of one server (IMAP or SMTP). */
public record ServerEndpoint(String host, int port, Security security) {

    public ServerEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
    }

    @Override
    public String toString() {
        return host + ":" + port + " (" + security + ")";
    }
}
