package com.relaydesk.account;

import java.util.List;
import java.util.Objects;

/**
 * The connected mailbox, without its password (that lives in a
 * {@link com.relaydesk.platform.secrets.SecretStore}).
 *
 * @param authorizedSenders the addresses registered in Seller Central as allowed to write to
 *                          buyers (B1); replies from any other address are rejected by the relay
 * @param bounceBacks       whether the seller gets bounce-back notices for opted-out buyers (B3)
 */
public record AccountSettings(
        String address,
        String user,
        ServerEndpoint imap,
        ServerEndpoint smtp,
        List<String> authorizedSenders,
        boolean bounceBacks) {

    public AccountSettings {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(imap, "imap");
        Objects.requireNonNull(smtp, "smtp");
        user = user == null || user.isBlank() ? address : user;
        authorizedSenders = authorizedSenders == null || authorizedSenders.isEmpty()
                ? List.of(address) : List.copyOf(authorizedSenders);
    }

    /** The key under which the password is kept in the secret store. */
    public String secretKey() {
        return "mailbox:" + user + "@" + imap.host();
    }
}
