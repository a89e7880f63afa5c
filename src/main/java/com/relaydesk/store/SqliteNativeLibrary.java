package com.relaydesk.store;

import com.relaydesk.platform.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
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
 *
 * <p>Which of the jar's libraries fits this machine (Linux/x86_64, Mac/aarch64, …) is asked of
 * sqlite-jdbc once and remembered beside the copy: its answer starts a process ({@code uname -o},
 * to tell Android from Linux), which took 27–29 ms of every start, on the path the first sync
 * waits on.
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
            Path nativeRoot = cacheRoot.resolve("RelayDesk").resolve("native");
            URL url = libraryResource(nativeRoot, libName, org.sqlite.util.OSInfo::getNativeLibFolderPathForCurrentOS);
            if (url == null || !(url.openConnection() instanceof JarURLConnection jar)) {
                return;
            }
            jar.setUseCaches(false);
            JarEntry entry = jar.getJarEntry();
            if (entry.getSize() <= 0 || entry.getCrc() < 0) {
                return;
            }
            Path dir = nativeRoot.resolve(String.format(Locale.ROOT, "sqlite-%s-%08x",
                    org.sqlite.SQLiteJDBCLoader.getVersion(), entry.getCrc()));
            Path lib = dir.resolve(libName);
            if (!Files.isRegularFile(lib) || Files.size(lib) != entry.getSize()) {
                try (InputStream in = url.openStream()) {
                    writeAtomically(lib, in);
                }
            }
            System.setProperty(PATH_PROPERTY, dir.toString());
            System.setProperty(NAME_PROPERTY, libName);
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "no cached SQLite library; sqlite-jdbc extracts its own", e);
        }
    }

    /** Through {@link AtomicFile}: another start never loads half of it. Owner-only, as it always was. */
    private static void writeAtomically(Path target, InputStream content) throws IOException {
        Files.createDirectories(target.getParent());
        AtomicFile.ownerOnly(target).write(content::transferTo);
    }

    /**
     * The jar's copy of the library for this machine: from the folder remembered in
     * {@code nativeRoot} by an earlier start, else from {@code detect} (sqlite-jdbc's answer),
     * which is then remembered. A remembered folder the jar does not have is asked again.
     */
    static URL libraryResource(Path nativeRoot, String libName, Supplier<String> detect) {
        Path hint = nativeRoot.resolve("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion() + "-" + platformKey()
                + ".folder");
        String remembered = readHint(hint);
        if (remembered != null) {
            URL url = SqliteNativeLibrary.class.getResource("/org/sqlite/native/" + remembered + "/" + libName);
            if (url != null) {
                return url;
            }
        }
        String folder = detect.get();
        URL url = SqliteNativeLibrary.class.getResource("/org/sqlite/native/" + folder + "/" + libName);
        if (url != null) {
            writeHint(hint, folder);
        }
        return url;
    }

    /** OS, architecture and C library: a home folder shared by a glibc and a musl system keeps two answers. */
    private static String platformKey() {
        String arch = System.getProperty("os.arch", "");
        boolean musl = Files.exists(Path.of("/lib/ld-musl-" + arch + ".so.1"))
                || Files.exists(Path.of("/lib/ld-musl-x86_64.so.1")) || Files.exists(Path.of("/lib/ld-musl-aarch64.so.1"));
        return (System.getProperty("os.name", "") + "-" + arch + (musl ? "-musl" : "")).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String readHint(Path hint) {
        try {
            String folder = Files.readString(hint).trim();
            // Only the shape sqlite-jdbc's folders have ("Linux/x86_64"): a damaged file is asked again.
            return folder.matches("[A-Za-z0-9_-]+/[A-Za-z0-9_-]+") ? folder : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void writeHint(Path hint, String folder) {
        try {
            writeAtomically(hint, new java.io.ByteArrayInputStream(folder.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "could not remember the SQLite library folder", e);
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
