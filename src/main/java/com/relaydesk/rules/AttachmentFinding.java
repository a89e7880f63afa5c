package com.relaydesk.rules;

import java.util.Objects;

/**
 * One thing the D rules say about an attachment (or, for D3, about all of them).
 *
 * @param fileName the attachment concerned; empty for the total size (D3)
 * @param message  a sentence the seller understands: what is wrong and what to do
 */
public record AttachmentFinding(RuleId rule, Severity severity, String fileName, String message) {

    public AttachmentFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        fileName = fileName == null ? "" : fileName;
        Objects.requireNonNull(message, "message");
    }

    public boolean blocks() {
        return severity == Severity.BLOCK;
    }
}
