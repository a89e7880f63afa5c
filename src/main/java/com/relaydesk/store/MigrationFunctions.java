package com.relaydesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * SQL functions the cache's migrations need from Java, registered on the writing connection
 * before it migrates, so a migration writes exactly what the sync writer would:
 * {@code searchable_body(text, html)} is the text the search index holds for a message
 * ({@link MessageWriter#searchableBody}: the plain body, or the HTML's text when there is none);
 * {@code message_preview(text, html)} the preview the list shows ({@link MessageWriter#preview});
 * {@code relay_buyer_name(name)} a buyer's name without the relay's suffix.
 */
final class MigrationFunctions {

    private MigrationFunctions() {
    }

    static void register(Connection c) throws SQLException {
        Function.create(c, "searchable_body", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(MessageWriter.searchableBody(value_text(0), value_text(1)));
            }
        }, 2, Function.FLAG_DETERMINISTIC);
        Function.create(c, "message_preview", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(MessageWriter.preview(MessageWriter.searchableBody(value_text(0), value_text(1))));
            }
        }, 2, Function.FLAG_DETERMINISTIC);
        Function.create(c, "relay_buyer_name", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(com.relaydesk.rules.RelayWrapping.buyerName(value_text(0)));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }
}
