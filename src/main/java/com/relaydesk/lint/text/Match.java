package com.relaydesk.lint.text;

/** A stretch {@code [start, end)} of a {@link TextView}'s text, with what was recognised there. */
public record Match(int start, int end, String value) {

    public boolean overlaps(Match other) {
        return start < other.end && other.start < end;
    }
}
