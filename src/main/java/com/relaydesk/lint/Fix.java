package com.relaydesk.lint;

import java.util.Objects;

/**
 * A suggested change: replace {@code [start, end)} of a part of the draft with {@code replacement}.
 * For attachments, {@code start} is the attachment's index and the fix removes it.
 *
 * @param label what the fix does, for a button or the CLI: "Remove the link"
 */
public record Fix(String label, Part part, int start, int end, String replacement) {

    public Fix {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(replacement, "replacement");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad fix range [" + start + ", " + end + ")");
        }
    }

    public static Fix remove(String label, Part part, int start, int end) {
        return new Fix(label, part, start, end, "");
    }

    public static Fix removeAttachment(int index, String fileName) {
        return new Fix("Remove the attachment " + fileName, Part.ATTACHMENT, index, index + 1, "");
    }
}
