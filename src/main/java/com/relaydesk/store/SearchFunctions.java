package com.relaydesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * SQL functions the cache's migrations need from Java, registered on the writing connection
 * before it migrates:
 * {@code searchable_body(text, html)} is the text the search index holds for a message
 * ({@link MessageWriter#searchableBody}: the plain body, or the HTML's text when there is none),
 * so a migration that rebuilds the index indexes exactly what the sync writer would.
 */
final class SearchFunctions {

    private SearchFunctions() {
    }

    static void register(Connection c) throws SQLException {
        Function.create(c, "searchable_body", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(MessageWriter.searchableBody(value_text(0), value_text(1)));
            }
        }, 2, Function.FLAG_DETERMINISTIC);
    }
}
