package com.relaydesk.rules;

/**
 * The IDs of {@code relay-rules.md}. They never change: code, tests, linter findings, relay
 * notices and the UI cite them.
 */
public enum RuleId {
    A1("Alias per buyer and seller"),
    A2("Alias format"),
    A3("Thread identity"),
    A4("Order lookup"),
    A5("Carrier mail"),

    B1("Authorized senders"),
    B2("Opt-out"),
    B3("Bounce-back switch"),
    B4("[Important] tag"),
    B5("Daily message limit"),
    B6("Canceled orders"),
    B7("Contact reasons"),
    B8("Delivery status"),
    B9("Retention"),

    C1("Critical messages"),
    C2("Not critical"),
    C3("Review and feedback requests"),
    C4("Promotion"),
    C5("Links"),
    C6("Contact details"),
    C7("Opt-out requests"),
    C8("Tracking"),
    C9("Images"),
    C10("Length"),
    C11("Quoted text"),
    C12("Personal tone"),
    C13("Critical-message form"),

    D1("Attachment types"),
    D2("Attachment content"),
    D3("Attachment size"),
    D4("Attachment removal"),

    E1("Views"),
    E2("No Response Needed"),
    E3("Response time"),
    E4("Report"),
    E5("Templates"),
    E6("Character limit and HTML"),
    E7("Seller-to-seller");

    private final String title;

    RuleId(String title) {
        this.title = title;
    }

    /** A short name for the rule, e.g. "Opt-out". */
    public String title() {
        return title;
    }

    /** "B2 Opt-out": how findings, notices and the UI cite a rule. */
    public String citation() {
        return name() + " " + title;
    }
}
