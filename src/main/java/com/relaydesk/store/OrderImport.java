package com.relaydesk.store;

import com.relaydesk.orders.ImportedReport;
import com.relaydesk.orders.OrderReport;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Imports the marketplace's "All Orders" report (read by {@link OrderReport}) into the cache:
 * good rows are saved, idempotently; bad rows are reported with their line numbers and do not
 * stop the others.
 */
public final class OrderImport {

    private final OrderOperations orders;

    public OrderImport(OrderOperations orders) {
        this.orders = orders;
    }

    public ImportedReport importReport(Reader report) {
        OrderReport.ReadResult read = OrderReport.read(report);
        OrderOperations.SaveResult saved = orders.save(read.orders());
        return new ImportedReport(saved.imported(), saved.updated(), saved.unchanged(), read.problems());
    }

    /** Reads the file as UTF-8 (the report's encoding). */
    public ImportedReport importFile(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importReport(reader);
        } catch (NoSuchFileException e) {
            throw new CacheException("There is no order report at " + file + ". Check the file name.", e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CacheException("The order report " + file + " could not be read (" + e.getMessage()
                    + "). Download it again from Seller Central (Reports > Order Reports > All Orders, as text).", e);
        }
    }
}
