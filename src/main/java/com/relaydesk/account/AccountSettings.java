package com.relaydesk.account;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The connected mailbox, without its password (that lives in a
 * {@link com.relaydesk.platform.secrets.SecretStore}).
 *
 * @param authorizedSenders the addresses registered in Seller Central as allowed to write to
 *                          buyers (B1); replies from any other address are rejected by the relay
 * @param bounceBacks       whether the seller gets bounce-back notices for opted-out buyers (B3)
 * @param trustedCertificate PEM file of certificates the user chose to trust for this mailbox (a
 *                          self-signed server whose fingerprint they compared), or null
 */
public record AccountSettings(
        String address,
        String user,
        ServerEndpoint imap,
        ServerEndpoint smtp,
        List<String> authorizedSenders,
        boolean bounceBacks,
        Path trustedCertificate,
        String shopName) {

    public AccountSettings {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(imap, "imap");
        Objects.requireNonNull(smtp, "smtp");
        user = user == null || user.isBlank() ? address : user;
        shopName = shopName == null || shopName.isBlank() ? null : shopName.strip();
        authorizedSenders = authorizedSenders == null || authorizedSenders.isEmpty()
                ? List.of(address) : List.copyOf(authorizedSenders);
    }

    public AccountSettings(String address, String user, ServerEndpoint imap, ServerEndpoint smtp,
            List<String> authorizedSenders, boolean bounceBacks) {
        this(address, user, imap, smtp, authorizedSenders, bounceBacks, null, null);
    }

    public AccountSettings(String address, String user, ServerEndpoint imap, ServerEndpoint smtp,
            List<String> authorizedSenders, boolean bounceBacks, Path trustedCertificate) {
        this(address, user, imap, smtp, authorizedSenders, bounceBacks, trustedCertificate, null);
    }

    /** The same mailbox, trusting the certificates in {@code pem} besides the authorities. */
    public AccountSettings withTrustedCertificate(Path pem) {
        return new AccountSettings(address, user, imap, smtp, authorizedSenders, bounceBacks, pem, shopName);
    }

    /** The same mailbox, signed in templates ({{seller.name}}) with this shop name; blank for none. */
    public AccountSettings withShopName(String name) {
        return new AccountSettings(address, user, imap, smtp, authorizedSenders, bounceBacks, trustedCertificate, name);
    }

    /**
     * Whether {@code other} is the same login at the same servers: the saved password may then be
     * kept. A changed address, user name, server, port or security would send the password
     * somewhere it was not typed for, so it must be typed again. A certificate trusted anew is for the
     * same server, after the user compared its fingerprint: the password may stay.
     */
    public boolean sameConnection(AccountSettings other) {
        return address.equals(other.address) && user.equals(other.user) && imap.equals(other.imap)
                && smtp.equals(other.smtp);
    }

    /**
     * What differs from {@code before}, in words for the audit log ("shop name: none → Walnut &
     * Wick"), in the order of the form; empty when nothing does.
     */
    public List<String> changesFrom(AccountSettings before) {
        List<String> changes = new java.util.ArrayList<>();
        changed(changes, "address", before.address, address);
        changed(changes, "user name", before.user, user);
        changed(changes, "shop name", before.shopName, shopName);
        changed(changes, "IMAP server", before.imap.toString(), imap.toString());
        changed(changes, "SMTP server", before.smtp.toString(), smtp.toString());
        changed(changes, "authorized senders", String.join(", ", before.authorizedSenders),
                String.join(", ", authorizedSenders));
        changed(changes, "bounce-back notices", before.bounceBacks ? "on" : "off", bounceBacks ? "on" : "off");
        if (!Objects.equals(before.trustedCertificate, trustedCertificate)) {
            changes.add(trustedCertificate == null ? "trusted certificate removed" : "certificate trusted");
        }
        return changes;
    }

    private static void changed(List<String> changes, String what, String before, String now) {
        if (!Objects.equals(before, now)) {
            changes.add(what + ": " + (before == null ? "none" : before) + " → " + (now == null ? "none" : now));
        }
    }

    /** The key under which the password is kept in the secret store. */
    public String secretKey() {
        return "mailbox:" + user + "@" + imap.host();
    }
}
