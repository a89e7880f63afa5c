package com.relaydesk.rules;

/** How much a finding matters: a block stops the message, a warning lets it go. */
public enum Severity {
    BLOCK,
    WARN,
    INFO
}
