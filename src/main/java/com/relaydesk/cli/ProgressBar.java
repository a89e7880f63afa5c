package com.relaydesk.cli;

import com.relaydesk.mail.FolderSyncResult;
import com.relaydesk.mail.SyncListener;
import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on a terminal (redrawn at most 10 times a second); silent otherwise. */
final class ProgressBar implements SyncListener {

    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final boolean terminal;
    private long lastDraw;

    ProgressBar(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void progress(String folder, long done, long total, long bytes) {
        long now = System.nanoTime();
        if (!terminal || (now - lastDraw < 100_000_000L && done < total)) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        out.print(String.format(Locale.ROOT, "\r%-12s [%s%s] %d/%d  %.1f MB ", folder,
                "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, bytes / 1e6));
        out.flush();
    }

    @Override
    public void folderFinished(FolderSyncResult r) {
        if (terminal) {
            out.print("\r" + " ".repeat(WIDTH + 50) + "\r");
        }
        out.println(String.format(Locale.ROOT, "%-12s %d new, %d flag changes, %d removed%s%s (%s, %.2f s)",
                r.folder(), r.added(), r.flagsChanged(), r.removed(),
                r.damaged() > 0 ? ", " + r.damaged() + " damaged (stored with a note)" : "",
                r.reset() ? ", rebuilt after a UIDVALIDITY change" : "", r.method(), r.elapsed().toNanos() / 1e9));
        out.flush();
    }
}
