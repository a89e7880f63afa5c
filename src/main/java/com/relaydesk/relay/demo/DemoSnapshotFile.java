package com.relaydesk.relay.demo;

import com.relaydesk.platform.AtomicFile;
import com.relaydesk.relay.RelaySnapshotCodec;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Where a demo is kept between runs: one gzip file, replaced whole (written beside it, flushed to
 * disk, then renamed over it), so a crash while saving leaves the previous snapshot.
 */
public final class DemoSnapshotFile {

    static final byte[] MAGIC = "RelayDesk demo snapshot\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Raised whenever the layout changes; a file of a format not read here is set aside, not guessed at. */
    static final int FORMAT = 2;
    /** Before UIDs were kept: still read, and the resumed demo's folders get new UIDVALIDITYs. */
    static final int FORMAT_WITHOUT_UIDS = 1;
    static final String UNREADABLE = ".unreadable";
    static final String RUNNING = ".running";

    private final Path file;

    public DemoSnapshotFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** Where {@link #setAside} puts a file that could not be read. */
    public Path setAsidePath() {
        return file.resolveSibling(file.getFileName() + UNREADABLE);
    }

    /**
     * Notes that a demo runs from this file until {@link #markClosed}. A note left by the run before
     * means it was killed: its clients may have seen mail (and UIDs) newer than the file.
     *
     * @return whether the run before was closed, its last state saved (or there was none)
     */
    public boolean markRunning() throws IOException {
        Path note = runningNote();
        if (Files.exists(note)) {
            return false;
        }
        Files.createDirectories(note.toAbsolutePath().getParent());
        Files.createFile(note);
        return true;
    }

    /** The demo closed with its last state in the file. */
    public void markClosed() throws IOException {
        Files.deleteIfExists(runningNote());
    }

    private Path runningNote() {
        return file.resolveSibling(file.getFileName() + RUNNING);
    }

    /**
     * The saved demo, or empty when none was saved.
     *
     * @throws IOException when the file is there but damaged, cut short or of another version
     */
    public Optional<DemoSnapshot> read() throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16)))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException(file + " is not a RelayDesk demo snapshot");
            }
            int format = in.readInt();
            if (format != FORMAT && format != FORMAT_WITHOUT_UIDS) {
                throw new IOException(file + " is a demo snapshot of format " + format + "; this RelayDesk reads "
                        + FORMAT_WITHOUT_UIDS + " and " + FORMAT);
            }
            long seed = in.readLong();
            Instant anchor = Instant.ofEpochSecond(in.readLong());
            long fingerprint = in.readLong();
            DemoProgress progress = new DemoProgress(in.readLong(), in.readLong(), in.readInt(), in.readInt(),
                    RelaySnapshotCodec.readStrings(in));
            DemoSnapshot snapshot = new DemoSnapshot(seed, anchor, fingerprint, progress, RelaySnapshotCodec.read(in,
                    format == FORMAT ? RelaySnapshotCodec.WITH_UIDS : RelaySnapshotCodec.WITHOUT_UIDS));
            if (in.read() != -1) { // also reads gzip's trailer, whose CRC tells a damaged file
                throw new IOException(file + " goes on after its snapshot");
            }
            return Optional.of(snapshot);
        } catch (NoSuchFileException none) {
            return Optional.empty();
        }
    }

    /** Replaces the saved demo with this one, or leaves the previous one when it cannot. */
    public void write(DemoSnapshot snapshot) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.of(file).write(raw -> {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    new GZIPOutputStream(raw, 1 << 16), 1 << 16))) {
                out.write(MAGIC);
                out.writeInt(FORMAT);
                out.writeLong(snapshot.seed());
                out.writeLong(snapshot.anchor().getEpochSecond());
                out.writeLong(snapshot.worldFingerprint());
                DemoProgress progress = snapshot.progress();
                out.writeLong(progress.worldRandom());
                out.writeLong(progress.trafficRandom());
                out.writeInt(progress.messageNumber());
                out.writeInt(progress.boundaries());
                RelaySnapshotCodec.writeStrings(out, progress.discussed());
                RelaySnapshotCodec.write(snapshot.relay(), out);
            } // closing finishes the gzip stream (its trailer); AtomicFile then forces it to disk and renames it
        });
    }

    /** Keeps an unreadable file for a look later (replacing an earlier one), out of the next start's way. */
    public Path setAside() throws IOException {
        Path aside = setAsidePath();
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        return aside;
    }

    /** Forgets the saved demo: the next start makes a fresh world. */
    public void discard() throws IOException {
        Files.deleteIfExists(file);
        markClosed();
        AtomicFile.of(file).deleteLeftovers(); // a save cut short by a crash: not running now, so no save is under way
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".tmp")); // the same, from versions before AtomicFile
    }
}
