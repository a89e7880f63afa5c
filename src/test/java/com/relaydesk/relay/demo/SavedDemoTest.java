package com.relaydesk.relay.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.relay.MailItem;
import com.relaydesk.relay.RunningRelay;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's demo kept in a file: it goes on where it stopped, and a bad file costs a fresh start, not a crash. */
class SavedDemoTest {

    private static final String MARK = "$NoResponseNeeded";

    @TempDir
    Path dir;

    private final List<RunningRelay> running = new ArrayList<>();

    @AfterEach
    void stop() {
        running.forEach(RunningRelay::close);
    }

    private SavedDemo demo(Path file, Duration saveEvery) {
        return new SavedDemo(new DemoSnapshotFile(file), 42, 0, Clock.fixed(DemoWorldTest.ANCHOR, ZoneOffset.UTC),
                saveEvery);
    }

    private SavedDemo.Started start(SavedDemo demo) {
        SavedDemo.Started started = demo.start();
        running.add(started.relay());
        return started;
    }

    /** The seller's INBOX over IMAP: how many messages, and whether the first carries {@link #MARK}. */
    private static boolean firstMarked(RunningRelay relay) throws Exception {
        return inbox(relay, false, folder -> folder.getMessage(1).getFlags().contains(MARK));
    }

    private static int inboxCount(RunningRelay relay) throws Exception {
        return inbox(relay, false, Folder::getMessageCount);
    }

    private static void markFirst(RunningRelay relay) throws Exception {
        inbox(relay, true, folder -> {
            folder.getMessage(1).setFlags(new Flags(MARK), true);
            return null;
        });
    }

    interface InFolder<T> {
        T apply(Folder folder) throws Exception;
    }

    private static <T> T inbox(RunningRelay relay, boolean write, InFolder<T> action) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(relay.host(), relay.imapPort(), relay.sellerAddress(), relay.sellerPassword());
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(write ? Folder.READ_WRITE : Folder.READ_ONLY);
            T result = action.apply(inbox);
            inbox.close(false);
            return result;
        } finally {
            store.close();
        }
    }

    private static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static boolean savedWithMark(DemoSnapshotFile file) {
        try {
            return file.read().map(s -> s.relay().mail().stream()
                    .anyMatch(m -> m.folder().equals(MailItem.INBOX) && m.flags().contains(MARK))).orElse(false);
        } catch (java.io.IOException e) {
            return false; // being replaced: asked again
        }
    }

    private static int worldInboxSize() {
        return (int) DemoWorld.generate(42, DemoWorldTest.ANCHOR).mail().stream()
                .filter(i -> i.owner().equals(DemoWorld.SELLER_ADDRESS) && i.folder().equals(MailItem.INBOX)).count();
    }

    @Test
    void seededRandomDrawsExactlyWhatJavaUtilRandomDraws() {
        for (long seed : new long[] {0, 42, 42 * 31 + 17, -7, Long.MAX_VALUE}) {
            Random expected = new Random(seed);
            SeededRandom actual = new SeededRandom(seed);
            for (int i = 0; i < 2000; i++) {
                switch (i % 4) {
                    case 0 -> assertEquals(expected.nextInt(1 + i), actual.nextInt(1 + i));
                    case 1 -> assertEquals(expected.nextDouble(), actual.nextDouble());
                    case 2 -> assertEquals(expected.nextBoolean(), actual.nextBoolean());
                    default -> assertEquals(expected.nextLong(), actual.nextLong());
                }
            }
        }
    }

    @Test
    void aResumedWorldWritesTheMessagesTheSavedOneWouldHaveWrittenNext() throws Exception {
        DemoWorld world = DemoWorld.generate(42, DemoWorldTest.ANCHOR);
        DemoTraffic traffic = world.traffic();
        java.time.Instant now = DemoWorldTest.ANCHOR.plusSeconds(600);
        for (int i = 0; i < 3; i++) {
            traffic.nextInquiry(now);
        }
        DemoProgress progress = traffic.progress();
        DemoWorld resumed = DemoWorld.resume(42, DemoWorldTest.ANCHOR, progress);
        DemoTraffic goingOn = resumed.traffic();
        assertEquals(world.fingerprint(), resumed.fingerprint());
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(raw(traffic.nextInquiry(now).orElseThrow()), raw(goingOn.nextInquiry(now).orElseThrow()),
                    "inquiry " + i + " after the resume");
        }
    }

    private static byte[] raw(jakarta.mail.internet.MimeMessage message) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return bytes.toByteArray();
    }

    @Test
    void closingSavesAndTheNextStartGoesOnWithTheSameWorld() throws Exception {
        Path file = dir.resolve("relay.snapshot");
        SavedDemo.Started first = start(demo(file, Duration.ofHours(1)));
        markFirst(first.relay());
        int messages = inboxCount(first.relay());
        first.relay().close();
        assertTrue(Files.exists(file), "closing saved the demo");

        // another clock: a fresh world would be dated before it, the kept one is not re-dated
        SavedDemo later = new SavedDemo(new DemoSnapshotFile(file), 42, 0,
                Clock.fixed(DemoWorldTest.ANCHOR.plus(Duration.ofDays(3)), ZoneOffset.UTC), Duration.ofHours(1));
        SavedDemo.Started second = start(later);
        assertTrue(second.notice().isEmpty());
        assertTrue(firstMarked(second.relay()), "the mark is back");
        assertEquals(messages, inboxCount(second.relay()));
        assertEquals(DemoWorld.generate(42, DemoWorldTest.ANCHOR).orders(), second.config().world().orders(),
                "the same orders, dated as at the first start");
    }

    @Test
    void aChangeIsOnDiskWithinSecondsEvenIfTheProcessIsKilledAfterwards() throws Exception {
        Path file = dir.resolve("relay.snapshot");
        SavedDemo.Started first = start(demo(file, Duration.ofMillis(200)));
        markFirst(first.relay());
        DemoSnapshotFile saved = new DemoSnapshotFile(file);
        await(Duration.ofSeconds(10), () -> savedWithMark(saved));
        assertTrue(savedWithMark(saved), "saved a moment after the change, with no close");

        // the first relay is never closed before the copy is read: a killed process
        Path copy = dir.resolve("copy.snapshot");
        Files.copy(file, copy);
        SavedDemo.Started second = start(demo(copy, Duration.ofHours(1)));
        assertTrue(firstMarked(second.relay()));
    }

    private static long uidValidity(RunningRelay relay) throws Exception {
        return inbox(relay, false, folder -> ((UIDFolder) folder).getUIDValidity());
    }

    @Test
    void aClosedDemoResumesUnderItsUidValidityAndAKilledOneUnderANewOne() throws Exception {
        Path file = dir.resolve("relay.snapshot");
        SavedDemo.Started first = start(demo(file, Duration.ofMillis(200)));
        long kept = uidValidity(first.relay());
        first.relay().close();
        Thread.sleep(1100); // GreenMail's UIDVALIDITY is the second a folder was made: a new one would differ

        SavedDemo.Started closed = start(demo(file, Duration.ofMillis(200)));
        assertEquals(kept, uidValidity(closed.relay()), "closed with its last state saved: the app's cache holds");
        markFirst(closed.relay());
        DemoSnapshotFile saved = new DemoSnapshotFile(file);
        await(Duration.ofSeconds(10), () -> savedWithMark(saved));

        // killed: the app may have synced mail the file lacks, whose UIDs new mail must not get
        SavedDemo.Started afterKill = start(demo(file, Duration.ofHours(1)));
        assertTrue(firstMarked(afterKill.relay()), "the saved state is back");
        assertNotEquals(kept, uidValidity(afterKill.relay()), "a new UIDVALIDITY: the app reloads");
    }

    @Test
    void aDamagedSnapshotIsSetAsideAndAFreshWorldStartsWithASentence() throws Exception {
        Path file = dir.resolve("relay.snapshot");
        SavedDemo.Started kept = start(demo(file, Duration.ofHours(1)));
        markFirst(kept.relay());
        kept.relay().close();
        byte[] whole = Files.readAllBytes(file);
        for (byte[] damaged : List.of(java.util.Arrays.copyOf(whole, whole.length / 2),
                "not a snapshot at all".getBytes(java.nio.charset.StandardCharsets.UTF_8), claimingAHugeField())) {
            Files.write(file, damaged);
            SavedDemo.Started fresh = start(demo(file, Duration.ofHours(1)));
            assertTrue(fresh.notice().orElse("").contains("could not be read"), fresh.notice().toString());
            assertArrayEquals(damaged, Files.readAllBytes(dir.resolve("relay.snapshot.unreadable")), "kept aside as it was");
            assertFalse(Files.exists(file), "out of the next start's way");
            assertFalse(firstMarked(fresh.relay()), "a fresh world");
            assertEquals(worldInboxSize(), inboxCount(fresh.relay()));
            fresh.relay().close();
        }
    }

    /** A whole gzip file (its CRC right) of a few bytes whose first text says it is 200 MB long. */
    private static byte[] claimingAHugeField() throws java.io.IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(bytes))) {
            out.write(DemoSnapshotFile.MAGIC);
            out.writeInt(DemoSnapshotFile.FORMAT);
            out.writeLong(42);                          // seed
            out.writeLong(DemoWorldTest.ANCHOR.getEpochSecond());
            out.writeLong(0);                           // world fingerprint
            out.writeLong(0);                           // progress: world random, traffic random, message, boundaries
            out.writeLong(0);
            out.writeInt(0);
            out.writeInt(0);
            out.writeInt(1);                            // one subject discussed...
            out.writeInt(200 * 1024 * 1024);            // ...200 MB long, says the damaged length
            out.write("Where is my order?".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void discardingTheSnapshotStartsTheDemoOver() throws Exception {
        Path file = dir.resolve("relay.snapshot");
        SavedDemo demo = demo(file, Duration.ofHours(1));
        SavedDemo.Started first = start(demo);
        markFirst(first.relay());
        first.relay().close();
        demo.discard();
        SavedDemo.Started again = start(demo);
        assertTrue(again.notice().isEmpty(), "starting over is no problem to tell");
        assertFalse(firstMarked(again.relay()));
    }
}
