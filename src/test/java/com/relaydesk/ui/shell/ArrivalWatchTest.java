package com.relaydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.model.MessageSummary;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ArrivalWatchTest {

    private static final Instant OPENED = Instant.parse("2026-11-30T10:00:00Z");
    private final ArrivalWatch watch = new ArrivalWatch(OPENED);

    @Test
    void theFirstLookOnlySetsTheMarkAndLaterLooksReportWhatCameAfterIt() {
        assertEquals(List.of(), watch.arrived(rows(10, 11, 12)), "there when the mailbox opened: on screen, not news");
        assertEquals(List.of(), watch.arrived(rows(10, 11, 12)), "nothing new");
        assertEquals(ids(14, 13), ids(watch.arrived(rows(10, 11, 12, 13, 14))));
        assertEquals(List.of(), watch.arrived(rows(10, 11, 12, 13, 14)), "each arrival is told once");
    }

    @Test
    void aMessageBackInResponseNeededIsNotNewsButMailAfterAnAnsweredOneIs() {
        watch.arrived(rows(10, 11, 12));
        assertEquals(List.of(), watch.arrived(rows(11, 12)), "12 answered: nothing arrived");
        assertEquals(List.of(), watch.arrived(rows(10, 11, 12)), "12's mark taken back: it is old");
        assertEquals(ids(13), ids(watch.arrived(rows(10, 13))), "11 and 12 answered, 13 arrived");
    }

    @Test
    void aCacheRebuiltWithNewNumbersForEveryMessageIsNotAFloodOfArrivals() {
        watch.arrived(rows(LongStream.rangeClosed(1, 60).toArray()));
        assertEquals(List.of(), watch.arrived(rows(LongStream.rangeClosed(101, 101 + ArrivalWatch.LOOK - 1).toArray())));
        assertEquals(ids(200), ids(watch.arrived(rows(LongStream.concat(LongStream.rangeClosed(102, 101 + ArrivalWatch.LOOK - 1),
                LongStream.of(200)).toArray()))), "and after it, mail that arrives is news again");
    }

    @Test
    void olderMailStoredAfterTheNewestOnAFirstSyncIsNotNews() {
        watch.arrived(rows(1001, 1002));
        MessageSummary lastYear = new MessageSummary(1003, "Old Buyer", null, "From last year", "",
                OPENED.minus(java.time.Duration.ofDays(300)), true, false);
        MessageSummary slowRelay = new MessageSummary(1004, "Late Buyer", null, "Sent before you opened", "",
                OPENED.minus(java.time.Duration.ofMinutes(30)), true, false);
        assertEquals(ids(1004), ids(watch.arrived(List.of(slowRelay, lastYear, message(1002, "B", "s"), message(1001, "A", "s")))),
                "only the one received about when the mailbox opened");
    }

    @Test
    void anEmptyMailboxThatGetsItsFirstMessageReportsIt() {
        assertEquals(List.of(), watch.arrived(List.of()));
        assertEquals(ids(1), ids(watch.arrived(rows(1))));
    }

    @Test
    void theNoticeNamesTheBuyersAndOpensTheNewestMessage() {
        MessageSummary anna = message(3, "Anna Weber", "Where is my order?");
        ArrivalNotice one = ArrivalNotice.of(List.of(anna));
        assertEquals("New message from Anna Weber", one.title());
        assertEquals("Where is my order?", one.text());

        List<MessageSummary> five = List.of(message(9, "Bob Stone", "Lamp"), message(8, "Anna Weber", "Again"), anna,
                message(2, "Chloé Martin", "Invoice"), message(1, null, "Hello"));
        ArrivalNotice many = ArrivalNotice.of(five);
        assertEquals("5 new buyer messages", many.title());
        assertEquals("From Bob Stone, Anna Weber and 2 more", many.text(), "each buyer once");
        assertEquals(9, many.first().id());
        assertEquals("From Bob Stone and Anna Weber", ArrivalNotice.of(five.subList(0, 3)).text());
    }

    private static List<MessageSummary> rows(long... ids) {
        return LongStream.of(ids).mapToObj(id -> message(id, "Buyer " + id, "Subject " + id))
                .sorted(Comparator.comparingLong(MessageSummary::id).reversed()).toList();
    }

    private static List<Long> ids(long... ids) {
        return LongStream.of(ids).boxed().toList();
    }

    private static List<Long> ids(List<MessageSummary> messages) {
        return messages.stream().map(MessageSummary::id).toList();
    }

    private static MessageSummary message(long id, String buyer, String subject) {
        return new MessageSummary(id, buyer, null, subject, "", Instant.parse("2026-11-30T10:00:00Z").plusSeconds(id), true, false);
    }
}
