package com.relaydesk.store;

import java.util.List;
import java.util.Objects;

/**
 * One ordered step of the schema: the statements that take a database from {@code version - 1}
 * to {@code version}. Steps are never edited once released; a change is a new step.
 */
public record Migration(int version, String description, List<String> statements) {

    public Migration {
        Objects.requireNonNull(description, "description");
        statements = List.copyOf(statements);
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
    }
}
