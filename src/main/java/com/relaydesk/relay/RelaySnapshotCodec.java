package com.relaydesk.relay;

import com.relaydesk.rules.AttachmentFinding;
import com.relaydesk.rules.RuleId;
import com.relaydesk.rules.SendDecision;
import com.relaydesk.rules.Severity;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link RelaySnapshot} as bytes: counts, then length-prefixed UTF-8 strings and raw MIME.
 * Reading checks every count and name, so a damaged or foreign file fails with an
 * {@link IOException} rather than giving a relay that is half right.
 */
public final class RelaySnapshotCodec {

    /** The first layout: no UIDs, no folders; read as a snapshot whose folders get new UIDVALIDITYs. */
    public static final int WITHOUT_UIDS = 1;
    /** What {@link #write} writes: each message's UID, each folder's UIDVALIDITY and UIDNEXT. */
    public static final int WITH_UIDS = 2;

    /** More than any demo holds by far; a count above it means the bytes are not a snapshot. */
    private static final int MAX_COUNT = 10_000_000;
    private static final int MAX_BYTES = 256 * 1024 * 1024;
    /**
     * A field is read in steps from this size up, its buffer growing as its bytes arrive: a damaged
     * length (the gzip CRC is checked only at the end) fails at the end of the file having taken
     * about what the file holds, not the up to {@link #MAX_BYTES} it claims.
     */
    private static final int FIRST_STEP = 64 * 1024;

    private RelaySnapshotCodec() {
    }

    public static void write(RelaySnapshot snapshot, DataOutput out) throws IOException {
        out.writeInt(snapshot.mail().size());
        for (StoredMail mail : snapshot.mail()) {
            writeString(out, mail.owner());
            writeString(out, mail.folder());
            out.writeLong(mail.uid());
            writeStrings(out, mail.flags());
            out.writeLong(mail.received().toEpochMilli());
            writeBytes(out, mail.raw());
        }
        out.writeInt(snapshot.folders().size());
        for (StoredFolder folder : snapshot.folders()) {
            writeString(out, folder.owner());
            writeString(out, folder.folder());
            out.writeLong(folder.uidValidity());
            out.writeLong(folder.uidNext());
        }
        writeStrings(out, snapshot.buyerMessages());
        writeNullable(out, snapshot.day() == null ? null : snapshot.day().toString());
        out.writeInt(snapshot.sentOnDay());
        out.writeInt(snapshot.deliveries().size());
        for (DeliveryRecord record : snapshot.deliveries()) {
            out.writeLong(record.time().getEpochSecond());
            out.writeInt(record.time().getNano());
            writeNullable(out, record.messageId());
            writeString(out, record.recipient());
            writeString(out, record.subject());
            SendDecision decision = record.decision();
            writeString(out, decision.outcome().name());
            writeString(out, decision.rule().name());
            writeString(out, decision.reason());
            out.writeInt(decision.warnings().size());
            for (AttachmentFinding warning : decision.warnings()) {
                writeString(out, warning.rule().name());
                writeString(out, warning.severity().name());
                writeString(out, warning.fileName());
                writeString(out, warning.message());
            }
        }
        writeStrings(out, snapshot.filedInSent());
        out.writeInt(snapshot.pendingAnswers().size());
        for (RelaySnapshot.PendingAnswer answer : snapshot.pendingAnswers()) {
            writeString(out, answer.alias());
            out.writeLong(answer.due().toEpochMilli());
            writeBytes(out, answer.raw());
        }
    }

    public static RelaySnapshot read(DataInput in) throws IOException {
        return read(in, WITH_UIDS);
    }

    /** Reads a snapshot written in {@code layout} ({@link #WITHOUT_UIDS} or {@link #WITH_UIDS}). */
    public static RelaySnapshot read(DataInput in, int layout) throws IOException {
        if (layout != WITHOUT_UIDS && layout != WITH_UIDS) {
            throw new IllegalArgumentException("no relay snapshot layout " + layout);
        }
        boolean withUids = layout == WITH_UIDS;
        try {
            int mailCount = count(in);
            List<StoredMail> mail = new ArrayList<>(Math.min(mailCount, 10_000));
            for (int i = 0; i < mailCount; i++) {
                String owner = readString(in);
                String folder = readString(in);
                long uid = withUids ? in.readLong() : 0;
                Set<String> flags = readStrings(in);
                Instant received = Instant.ofEpochMilli(in.readLong());
                mail.add(new StoredMail(owner, folder, uid, readBytes(in), flags, received));
            }
            List<StoredFolder> folders = new ArrayList<>();
            for (int i = 0, n = withUids ? count(in) : 0; i < n; i++) {
                folders.add(new StoredFolder(readString(in), readString(in), in.readLong(), in.readLong()));
            }
            Set<String> buyerMessages = readStrings(in);
            String day = readNullable(in);
            int sentOnDay = in.readInt();
            int deliveryCount = count(in);
            List<DeliveryRecord> deliveries = new ArrayList<>(Math.min(deliveryCount, 10_000));
            for (int i = 0; i < deliveryCount; i++) {
                Instant time = Instant.ofEpochSecond(in.readLong(), in.readInt());
                String messageId = readNullable(in);
                String recipient = readString(in);
                String subject = readString(in);
                SendDecision.Outcome outcome = SendDecision.Outcome.valueOf(readString(in));
                RuleId rule = RuleId.valueOf(readString(in));
                String reason = readString(in);
                int warningCount = count(in);
                List<AttachmentFinding> warnings = new ArrayList<>();
                for (int w = 0; w < warningCount; w++) {
                    warnings.add(new AttachmentFinding(RuleId.valueOf(readString(in)), Severity.valueOf(readString(in)),
                            readString(in), readString(in)));
                }
                deliveries.add(new DeliveryRecord(time, messageId, recipient, subject,
                        new SendDecision(outcome, rule, reason, warnings)));
            }
            Set<String> filedInSent = readStrings(in);
            int pendingCount = count(in);
            List<RelaySnapshot.PendingAnswer> pending = new ArrayList<>();
            for (int i = 0; i < pendingCount; i++) {
                String alias = readString(in);
                Instant due = Instant.ofEpochMilli(in.readLong());
                pending.add(new RelaySnapshot.PendingAnswer(alias, readBytes(in), due));
            }
            return new RelaySnapshot(mail, folders, buyerMessages, day == null ? null : LocalDate.parse(day), sentOnDay,
                    deliveries, filedInSent, pending);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // a rule or outcome this version does not know, a date that is not one: not our snapshot
            throw new IOException("not a relay snapshot this version can read: " + e.getMessage(), e);
        }
    }

    private static int count(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IOException("not a relay snapshot: a count of " + count);
        }
        return count;
    }

    private static void writeBytes(DataOutput out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_BYTES) {
            throw new IOException("not a relay snapshot: a length of " + length);
        }
        byte[] bytes = new byte[Math.min(length, FIRST_STEP)];
        try {
            in.readFully(bytes);
            while (bytes.length < length) {
                int filled = bytes.length;
                bytes = Arrays.copyOf(bytes, (int) Math.min(length, 2L * filled));
                in.readFully(bytes, filled, bytes.length - filled);
            }
        } catch (EOFException cutShort) {
            throw new EOFException("not a relay snapshot: the file ends within a field said to hold " + length + " bytes");
        }
        return bytes;
    }

    public static void writeString(DataOutput out, String text) throws IOException {
        writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
    }

    public static String readString(DataInput in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    private static void writeNullable(DataOutput out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            writeString(out, text);
        }
    }

    private static String readNullable(DataInput in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    public static void writeStrings(DataOutput out, Set<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            writeString(out, text);
        }
    }

    public static Set<String> readStrings(DataInput in) throws IOException {
        int count = count(in);
        Set<String> texts = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            texts.add(readString(in));
        }
        return texts;
    }
}
