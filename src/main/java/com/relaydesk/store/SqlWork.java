package com.relaydesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on the database connection; {@link Database} turns its failures into {@link CacheException}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
