package com.relaydesk.orders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds an "All Orders" report the seller downloaded and has not imported yet: the newest file in
 * the folders given (Downloads, the folder of the last import) whose first line is the report's
 * header. Seller Central names every download anew (a number and .txt), so a name cannot say it.
 */
public final class NewOrderReports {

    /** Older downloads are not offered: a report from last month is not today's orders. */
    public static final Duration RECENT = Duration.ofDays(7);
    private static final long LARGEST = 200L * 1024 * 1024;

    private NewOrderReports() {
    }

    /** A report file and when it was written. */
    public record Found(Path file, Instant modified) { }

    /**
     * The newest report in {@code folders} (not their subfolders) written after {@code handled} and
     * within {@link #RECENT} of {@code now}; reads only the first line of each candidate. A folder
     * that is missing or unreadable is passed over.
     */
    public static Optional<Found> newest(Collection<Path> folders, Instant handled, Instant now) {
        Instant after = handled.isAfter(now.minus(RECENT)) ? handled : now.minus(RECENT);
        Found newest = null;
        for (Path folder : folders.stream().distinct().toList()) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, NewOrderReports::namedLikeAReport)) {
                for (Path file : files) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    // in milliseconds, as the mark of what was handled is kept: a file's nanoseconds are not "newer"
                    Instant modified = attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS);
                    if (attributes.isRegularFile() && modified.isAfter(after) && attributes.size() < LARGEST
                            && (newest == null || modified.isAfter(newest.modified())) && startsWithHeader(file)) {
                        newest = new Found(file, modified);
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                // a folder not there (no Downloads) or not readable: nothing to offer from it
            }
        }
        return Optional.ofNullable(newest);
    }

    private static boolean namedLikeAReport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".tsv");
    }

    /** The first line, from the first 8 KB at most (a big file without line breaks is not read whole). */
    private static boolean startsWithHeader(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            // ISO-8859-1 reads any bytes; the header's names are ASCII (a UTF-8 byte-order mark aside)
            String start = new String(in.readNBytes(8192), StandardCharsets.ISO_8859_1);
            int end = start.indexOf('\n');
            String first = (end < 0 ? start : start.substring(0, end)).replace("\r", "");
            return OrderReport.isHeader(first.startsWith("\u00EF\u00BB\u00BF") ? first.substring(3) : first);
        } catch (IOException unreadable) {
            return false;
        }
    }
}
