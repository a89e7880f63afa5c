package com.relaydesk.account;

import com.relaydesk.mail.Security;

/**
 * Server settings of the mail providers sellers use most, so connecting a mailbox is picking
 * one and typing the address. {@link #CUSTOM} leaves everything to the user.
 */
public enum ProviderPreset {
    GMAIL("Gmail / Google Workspace", new ServerEndpoint("imap.gmail.com", 993, Security.TLS),
            new ServerEndpoint("smtp.gmail.com", 465, Security.TLS),
            "Google accepts an app password (with 2-step verification on) or a Google sign-in."),
    MICROSOFT_365("Outlook / Microsoft 365", new ServerEndpoint("outlook.office365.com", 993, Security.TLS),
            new ServerEndpoint("smtp.office365.com", 587, Security.STARTTLS),
            "Microsoft 365 no longer accepts passwords over IMAP: use the Microsoft sign-in."),
    YAHOO("Yahoo Mail", new ServerEndpoint("imap.mail.yahoo.com", 993, Security.TLS),
            new ServerEndpoint("smtp.mail.yahoo.com", 465, Security.TLS),
            "Yahoo needs an app password, created under Account security."),
    ICLOUD("iCloud Mail", new ServerEndpoint("imap.mail.me.com", 993, Security.TLS),
            new ServerEndpoint("smtp.mail.me.com", 587, Security.STARTTLS),
            "iCloud needs an app-specific password from appleid.apple.com."),
    ZOHO("Zoho Mail", new ServerEndpoint("imap.zoho.com", 993, Security.TLS),
            new ServerEndpoint("smtp.zoho.com", 465, Security.TLS),
            "Turn on IMAP access in Zoho Mail's settings first."),
    FASTMAIL("Fastmail", new ServerEndpoint("imap.fastmail.com", 993, Security.TLS),
            new ServerEndpoint("smtp.fastmail.com", 465, Security.TLS),
            "Fastmail needs an app password (Settings → Privacy & Security)."),
    CUSTOM("Other (enter the servers)", new ServerEndpoint("", 993, Security.TLS),
            new ServerEndpoint("", 465, Security.TLS),
            "Your provider's help pages list its IMAP and SMTP servers.");

    private final String label;
    private final ServerEndpoint imap;
    private final ServerEndpoint smtp;
    private final String hint;

    ProviderPreset(String label, ServerEndpoint imap, ServerEndpoint smtp, String hint) {
        this.label = label;
        this.imap = imap;
        this.smtp = smtp;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public ServerEndpoint imap() {
        return imap;
    }

    public ServerEndpoint smtp() {
        return smtp;
    }

    public String hint() {
        return hint;
    }

    /** The OAuth sign-in profile (com.relaydesk.oauth.OAuthProvider id) for providers that offer one. */
    public java.util.Optional<String> oauthProfile() {
        return switch (this) {
            case GMAIL -> java.util.Optional.of("google");
            case MICROSOFT_365 -> java.util.Optional.of("microsoft");
            default -> java.util.Optional.empty();
        };
    }

    /**
     * The preset whose servers a saved mailbox uses, or CUSTOM: a Google Workspace mailbox has its
     * shop's own domain, so the servers tell the provider where the address cannot.
     */
    public static ProviderPreset forServers(ServerEndpoint imap, ServerEndpoint smtp) {
        for (ProviderPreset preset : values()) {
            if (preset != CUSTOM && preset.imap.equals(imap) && preset.smtp.equals(smtp)) {
                return preset;
            }
        }
        return CUSTOM;
    }

    /** The preset whose domain the address belongs to, or CUSTOM. */
    public static ProviderPreset forAddress(String address) {
        String domain = address == null ? "" : address.substring(address.indexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (domain) {
            case "gmail.com", "googlemail.com" -> GMAIL;
            case "outlook.com", "hotmail.com", "live.com", "msn.com" -> MICROSOFT_365;
            case "yahoo.com", "yahoo.de", "yahoo.co.uk", "ymail.com" -> YAHOO;
            case "icloud.com", "me.com", "mac.com" -> ICLOUD;
            case "zoho.com", "zohomail.com" -> ZOHO;
            case "fastmail.com", "fastmail.fm" -> FASTMAIL;
            default -> CUSTOM;
        };
    }
}
