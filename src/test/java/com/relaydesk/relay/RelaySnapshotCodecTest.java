package com.relaydesk.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A damaged snapshot fails with the codec's own error, having taken no more memory than the file holds. */
class RelaySnapshotCodecTest {

    private static final int CLAIMED = 200 * 1024 * 1024;

    /** One message whose raw MIME claims {@link #CLAIMED} bytes, of which {@code present} follow. */
    private static byte[] messageClaiming200MegabytesWith(int present) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(1);
        RelaySnapshotCodec.writeString(out, "seller@relay.invalid");
        RelaySnapshotCodec.writeString(out, MailItem.INBOX);
        out.writeLong(1);  // its UID
        RelaySnapshotCodec.writeStrings(out, Set.of());
        out.writeLong(0);
        out.writeInt(CLAIMED);
        out.write(new byte[present]);
        return bytes.toByteArray();
    }

    /**
     * Before the reader grew its buffer as bytes arrived, this allocated the claimed 200 MB at once
     * (seen: 209,727,936 bytes allocated for this file of 300,053, then an EOFException without a
     * message; with a heap under 200 MB it would be an OutOfMemoryError, which SavedDemo does not catch).
     */
    @Test
    void aLengthClaimingFarMoreThanTheFileHoldsFailsAtItsEndHavingAllocatedAboutWhatWasThere() throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        byte[] damaged = messageClaiming200MegabytesWith(300_000);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(damaged));

        long before = threads.getCurrentThreadAllocatedBytes();
        EOFException e = assertThrows(EOFException.class, () -> RelaySnapshotCodec.read(in));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertEquals("not a relay snapshot: the file ends within a field said to hold " + CLAIMED + " bytes",
                e.getMessage());
        assertTrue(allocated < 4 * 1024 * 1024, "allocated " + allocated + " bytes for a file of " + damaged.length);
    }

    @Test
    void aLengthAboveTheLimitIsNotReadAtAll() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(1);
        out.writeInt(Integer.MAX_VALUE);
        IOException e = assertThrows(IOException.class,
                () -> RelaySnapshotCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
        assertEquals("not a relay snapshot: a length of " + Integer.MAX_VALUE, e.getMessage());
    }

    @Test
    void aFieldOfManyStepsReadsBackWhole() throws Exception {
        byte[] raw = new byte[1_000_003];  // past several doublings of the first step, not a power of two
        new java.util.Random(7).nextBytes(raw);
        RelaySnapshot snapshot = new RelaySnapshot(
                java.util.List.of(new StoredMail("seller@relay.invalid", MailItem.INBOX, 1, raw, Set.of("\\Seen"),
                        java.time.Instant.ofEpochMilli(1_700_000_000_000L))),
                java.util.List.of(), Set.of(), null, 0, java.util.List.of(), Set.of(), java.util.List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RelaySnapshotCodec.write(snapshot, new DataOutputStream(bytes));

        RelaySnapshot back = RelaySnapshotCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        org.junit.jupiter.api.Assertions.assertArrayEquals(raw, back.mail().get(0).raw());
    }
}
