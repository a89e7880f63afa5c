package com.relaydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads SQLite's native library from a copy kept in the user's cache folder instead of letting
 * sqlite-jdbc write a fresh copy into the temporary folder on every start (and delete it at exit):
 * that copy cost about 0.05 s of CPU per run, which a scheduled {@code relaydesk sync} pays each
 * time. The copy's folder name carries the driver version and the library's CRC from the jar, so a
 * different driver never loads a stale library; it is written to a temporary name and moved into
 * place, so a half-written file is never loaded. Anything unexpected (no jar, no cache folder, a
 * read-only home) leaves sqlite-jdbc's own extraction in charge.
 */
final class SqliteNativeLibrary {

    private static final Logger LOG = Logger.getLogger(SqliteNativeLibrary.class.getName());
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private SqliteNativeLibrary() {
    }

    /** Points sqlite-jdbc at the cached copy (making it first when missing); once per process, before the first connection. */
    static void useCachedCopy() {
        if (!DONE.compareAndSet(false, true) || System.getProperty(PATH_PROPERTY) != null
                || System.getProperty(NAME_PROPERTY) != null) {
            return;
        }
        try {
            Path cacheRoot = cacheRoot(System.getenv(), System.getProperty("os.name", ""),
                    Path.of(System.getProperty("user.home", "")));
            if (cacheRoot == null) {
                return;
            }
            String libName = System.mapLibraryName("sqlitejdbc");
            URL url = SqliteNativeLibrary.class.getResource("/org/sqlite/native/"
                    + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + libName);
            if (url == null || !(url.openConnection() instanceof JarURLConnection jar)) {
                return;
            }
            jar.setUseCaches(false);
            JarEntry entry = jar.getJarEntry();
            if (entry.getSize() <= 0 || entry.getCrc() < 0) {
                return;
            }
            Path dir = cacheRoot.resolve("RelayDesk").resolve("native").resolve(String.format(Locale.ROOT, "sqlite-%s-%08x",
                    org.sqlite.SQLiteJDBCLoader.getVersion(), entry.getCrc()));
            Path lib = dir.resolve(libName);
            if (!Files.isRegularFile(lib) || Files.size(lib) != entry.getSize()) {
                Files.createDirectories(dir);
                Path partial = Files.createTempFile(dir, libName, ".part");
                try (InputStream in = url.openStream()) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(partial, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            System.setProperty(PATH_PROPERTY, dir.toString());
            System.setProperty(NAME_PROPERTY, libName);
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "no cached SQLite library; sqlite-jdbc extracts its own", e);
        }
    }

    /** The per-user cache folder: XDG on Linux, Library/Caches on macOS, %LOCALAPPDATA% on Windows; null if unknown. */
    static Path cacheRoot(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return local == null || local.isBlank() ? null : Path.of(local);
        }
        if (os.contains("mac")) {
            return home.toString().isEmpty() ? null : home.resolve("Library").resolve("Caches");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return home.toString().isEmpty() ? null : home.resolve(".cache");
    }
}
