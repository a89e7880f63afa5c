package com.relaydesk.ui.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.inbox.MailboxQueries;
import com.relaydesk.model.ListOrder;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageDetail;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.rules.ResponseStats;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Paging, keyboard movement and search of the list, over a mailbox of 450 rows. */
class MessageListViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    /** Rows numbered 450..1 newest first; a tiny in-test mailbox standing in for the cache's queries. */
    private final List<MessageSummary> rows = LongStream.rangeClosed(1, 450).map(i -> 451 - i)
            .mapToObj(i -> new MessageSummary(i, "Buyer " + i, null, "Subject " + i, "", NOW.minusSeconds(i * 60),
                    false, false))
            .toList();
    private final List<String> calls = new ArrayList<>();
    /** The order the person chose before, and each new choice saved. */
    private ListOrder chosenBefore = ListOrder.NEWEST_FIRST;
    private final List<ListOrder> saved = new ArrayList<>();
    private final MailboxQueries mailbox = new TinyMailbox();
    /** When the mailbox was last read from its server; empty: never. */
    private Optional<Instant> lastSynced = Optional.of(NOW);

    private class TinyMailbox implements MailboxQueries {
        @Override
        public ListOrder chosenOrder() {
            return chosenBefore;
        }

        @Override
        public void chooseOrder(ListOrder order) {
            saved.add(order);
        }

        @Override
        public List<MessageSummary> page(MailboxView view, ListOrder order, MessageSummary after, int limit) {
            calls.add(view + " after " + (after == null ? "-" : after.id()) + (order == ListOrder.OLDEST_FIRST ? " oldest first" : ""));
            List<MessageSummary> ordered = new ArrayList<>(view == MailboxView.SENT
                    ? rows.stream().filter(row -> row.id() % 2 == 0).toList() : rows);  // another view, other rows
            if (order == ListOrder.OLDEST_FIRST) {
                java.util.Collections.reverse(ordered);
            }
            int start = after == null ? 0 : ordered.indexOf(after) + 1;
            return ordered.subList(start, Math.min(ordered.size(), start + limit));
        }

        @Override
        public List<Long> responseNeededBefore(java.time.Instant before) {
            return rows.stream().filter(row -> row.time().isBefore(before)).map(MessageSummary::id).toList();
        }

        @Override
        public Map<MailboxView, Integer> counts() {
            return Map.of(MailboxView.RESPONSE_NEEDED, rows.size());
        }

        @Override
        public Optional<Instant> lastSynced() {
            return lastSynced;
        }

        @Override
        public Optional<MessageDetail> detail(long messageId) {
            return Optional.empty();
        }

        @Override
        public Optional<MessageSummary> summary(long messageId) {
            return rows.stream().filter(row -> row.id() == messageId).findFirst();
        }

        @Override
        public List<MessageSummary> conversation(String buyerAlias) {
            return List.of();
        }

        @Override
        public Optional<byte[]> attachmentContent(long attachmentId) {
            return Optional.empty();
        }

        @Override
        public List<MessageSummary> search(MailboxView view, String query, int limit) {
            calls.add("search " + view + " " + query);
            return rows.stream().filter(row -> row.subject().endsWith(" " + query)).toList();
        }

        @Override
        public List<ResponseStats.Sample> responseSamples(Instant since) {
            return List.of();
        }

        @Override
        public java.util.Map<String, String> buyerNames(java.util.Collection<String> aliases) {
            return java.util.Map.of();
        }
    }

    private final MessageListViewModel viewModel = new MessageListViewModel(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aRowSaysTheTimeForTodaysMailAndTheDateForOlderMail() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.US);
        try {
            MessageSummary thisMorning = new MessageSummary(1, "Anna", null, "Lamp", "", Instant.parse("2026-11-30T08:05:00Z"),
                    false, false);
            MessageSummary lastNight = new MessageSummary(2, "Bob", null, "Lamp", "", Instant.parse("2026-11-29T23:50:00Z"),
                    false, false);
            assertEquals("8:05 AM", viewModel.timeLabel(thisMorning, ZoneOffset.UTC));
            assertEquals("11/29/26", viewModel.timeLabel(lastNight, ZoneOffset.UTC));
            assertEquals("12:50 AM", viewModel.timeLabel(lastNight, ZoneOffset.ofHours(1)),
                    "today where the seller is");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void whileOlderMailIsStillDownloadingTheListSaysFromWhichDayItShowsMail() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.US);
        try {
            java.util.concurrent.atomic.AtomicReference<Optional<Instant>> shownFrom =
                    new java.util.concurrent.atomic.AtomicReference<>(Optional.of(Instant.parse("2026-11-20T12:00:00Z")));
            viewModel.attach(new TinyMailbox() {
                @Override
                public Optional<Instant> shownFrom() {
                    return shownFrom.get();
                }
            });
            assertEquals("Showing mail since Nov 20, 2026: older mail is not all here yet.",
                    viewModel.olderMailProperty().get());

            shownFrom.set(Optional.empty());  // the first sync has finished
            viewModel.reload();
            assertEquals("", viewModel.olderMailProperty().get());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void attachingAMailboxLoadsTheFirstPageOnly() {
        viewModel.attach(mailbox);
        assertEquals(MessageListViewModel.PAGE_SIZE, viewModel.messages().size());
        assertEquals(List.of("RESPONSE_NEEDED after -"), calls);
    }

    @Test
    void loadingMoreAppendsPagesUntilTheLastAndThenStops() {
        viewModel.attach(mailbox);
        viewModel.loadMore();
        viewModel.loadMore();
        viewModel.loadMore();
        assertEquals(450, viewModel.messages().size());
        assertEquals(3, calls.size(), "no read after the short last page: " + calls);
        assertEquals("RESPONSE_NEEDED after 251", calls.get(1));
    }

    @Test
    void choosingWaitingLongestFirstReadsTheListAgainInThatOrderAndPagesOnInIt() {
        viewModel.attach(mailbox);
        viewModel.orderProperty().set(ListOrder.OLDEST_FIRST);
        viewModel.loadMore();
        assertEquals(List.of("RESPONSE_NEEDED after -", "RESPONSE_NEEDED after - oldest first",
                "RESPONSE_NEEDED after 200 oldest first"), calls);
    }

    @Test
    void theListOpensInTheOrderThePersonChoseLastTimeAndOnlyANewChoiceIsSaved() {
        chosenBefore = ListOrder.OLDEST_FIRST;
        viewModel.attach(mailbox);
        assertEquals(ListOrder.OLDEST_FIRST, viewModel.orderProperty().get());
        assertEquals(List.of("RESPONSE_NEEDED after - oldest first"), calls, "one read, already in that order");
        assertEquals(List.of(), saved, "restoring is not choosing");

        viewModel.orderProperty().set(ListOrder.NEWEST_FIRST);
        assertEquals(List.of(ListOrder.NEWEST_FIRST), saved);

        chosenBefore = ListOrder.OLDEST_FIRST; // another profile took over, who chose otherwise
        viewModel.restoreOrder();
        assertEquals(ListOrder.OLDEST_FIRST, viewModel.orderProperty().get());
        assertEquals(List.of(ListOrder.NEWEST_FIRST), saved);
    }

    @Test
    void jAndKMoveTheSelectionAndStopAtTheEnds() {
        viewModel.attach(mailbox);
        viewModel.selectPrevious();
        assertEquals(450, viewModel.selectedMessageProperty().get().id());
        viewModel.selectNext();
        viewModel.selectNext();
        assertEquals(448, viewModel.selectedMessageProperty().get().id());
        viewModel.selectPrevious();
        viewModel.selectPrevious();
        viewModel.selectPrevious();
        assertEquals(450, viewModel.selectedMessageProperty().get().id());
    }

    @Test
    void jAndKFromAMessageOpenedElsewhereAndNotListedGoToItsNeighboursNotToTheTop() {
        viewModel.attach(mailbox);
        MessageSummary older = rows.get(300);  // id 150, beyond the first page
        viewModel.open(older);

        viewModel.selectNext();
        assertEquals(149, viewModel.selectedMessageProperty().get().id(), "j: the next older message");
        viewModel.selectPrevious();
        viewModel.selectPrevious();
        assertEquals(151, viewModel.selectedMessageProperty().get().id(), "k: the next newer one");

        viewModel.open(rows.get(MessageListViewModel.PAGE_SIZE));  // just below the first page
        viewModel.selectPrevious();
        assertEquals(viewModel.messages().get(MessageListViewModel.PAGE_SIZE - 1),
                viewModel.selectedMessageProperty().get(), "k reaches the listed rows: their own row is selected");

        viewModel.open(rows.get(449));  // the oldest of all
        viewModel.selectNext();
        assertEquals(1, viewModel.selectedMessageProperty().get().id(), "j at the end of the list stays");
    }

    @Test
    void answeringAMessageMovesOnToTheNextRowOrTheNearestAboveWhenItWasTheLast() {
        viewModel.followView(new SimpleObjectProperty<>(MailboxView.RESPONSE_NEEDED));
        viewModel.attach(mailbox);
        viewModel.selectedMessageProperty().set(viewModel.messages().get(3));
        viewModel.answered(viewModel.messages().get(3).id());
        assertEquals(viewModel.messages().get(4), viewModel.selectedMessageProperty().get());

        List<MessageSummary> listed = List.copyOf(viewModel.messages());  // as the results of a search end, with no page after
        MessageSummary last = listed.get(listed.size() - 1);
        viewModel.selectedMessageProperty().set(last);
        viewModel.answered(last.id());
        assertEquals(listed.get(listed.size() - 2), viewModel.selectedMessageProperty().get(),
                "the last row answered: the one above it, not nothing");

        viewModel.followView(new SimpleObjectProperty<>(MailboxView.ALL));
        MessageSummary inAll = viewModel.messages().get(5);
        viewModel.selectedMessageProperty().set(inAll);
        viewModel.answered(inAll.id());
        assertEquals(inAll, viewModel.selectedMessageProperty().get(), "All keeps the answered message: it stays listed");
    }

    @Test
    void searchReplacesTheListAndClearingItShowsTheViewAgain() {
        viewModel.attach(mailbox);
        viewModel.searchTextProperty().set("42");
        assertEquals(List.of(42L), viewModel.messages().stream().map(MessageSummary::id).toList());
        viewModel.searchTextProperty().set("");
        assertEquals(MessageListViewModel.PAGE_SIZE, viewModel.messages().size());
    }

    @Test
    void eachEmptyListSaysWhatWillAppearThere() {
        assertEquals("No replies sent yet", MessageListViewModel.emptyTitleFor(MailboxView.SENT));
        assertTrue(MessageListViewModel.emptyHintFor(MailboxView.SENT).contains("delivery status"));
        assertEquals("The mailbox is empty", MessageListViewModel.emptyTitleFor(MailboxView.ALL));
    }

    @Test
    void anEmptyResponseNeededAsksToConnectAMailboxOnlyWhileNoneIsOpen() {
        assertTrue(viewModel.emptyHintProperty().get().contains("Connect your mailbox"));
        viewModel.attach(new TinyMailbox());
        assertTrue(viewModel.emptyHintProperty().get().startsWith("Every buyer message has its answer."),
                viewModel.emptyHintProperty().get());
        assertFalse(viewModel.emptyHintProperty().get().contains("Connect"));
    }

    @Test
    void aMailboxNeverReadFromItsServerSaysSoInsteadOfThatEveryBuyerHasAnAnswer() {
        MailboxQueries empty = new TinyMailbox() {
            @Override
            public List<MessageSummary> page(MailboxView view, ListOrder order, MessageSummary after, int limit) {
                return List.of();
            }
        };
        lastSynced = Optional.empty();  // the login was refused
        viewModel.attach(empty);
        assertEquals("Not synced yet", viewModel.emptyTitleProperty().get());
        assertTrue(viewModel.emptyHintProperty().get().contains("the status bar says why"), viewModel.emptyHintProperty().get());

        lastSynced = Optional.of(NOW);  // the password put right, a sync done
        viewModel.syncEnded();
        assertEquals("Nothing needs an answer", viewModel.emptyTitleProperty().get());
        assertTrue(viewModel.emptyHintProperty().get().startsWith("Every buyer message has its answer"));
    }

    @Test
    void whileAMailboxOpensTheEmptyListDoesNotAskToConnectOne() {
        viewModel.opening(true);  // its passphrase being asked for, say
        assertEquals("Opening the mailbox…", viewModel.emptyTitleProperty().get());
        assertFalse(viewModel.emptyHintProperty().get().contains("Connect"), viewModel.emptyHintProperty().get());
        viewModel.opening(false);  // it could not be opened
        assertTrue(viewModel.emptyHintProperty().get().contains("Connect your mailbox"));
        viewModel.opening(true);
        viewModel.attach(new TinyMailbox());
        assertEquals("Nothing needs an answer", viewModel.emptyTitleProperty().get());
    }

    @Test
    void theEmptyListSaysWhatASyncHasStoredSoFarAndWhatASearchCovers() {
        assertEquals("Nothing needs an answer", viewModel.emptyTitleProperty().get());
        viewModel.syncProgress("INBOX", 6000, 8051);
        assertEquals("Syncing the mailbox…", viewModel.emptyTitleProperty().get());
        assertEquals("INBOX: 6,000 of 8,051 messages so far. The list fills when this sync is done.",
                viewModel.emptyHintProperty().get());
        viewModel.syncProgress("Sent", 0, 0);  // a folder whose sync does not know its count yet
        assertEquals("Syncing Sent. The list fills when this sync is done.", viewModel.emptyHintProperty().get());
        viewModel.searchTextProperty().set("zzqx");
        assertEquals("No matches in Response Needed", viewModel.emptyTitleProperty().get());
        viewModel.searchTextProperty().set("");
        viewModel.syncEnded();
        assertEquals("Nothing needs an answer", viewModel.emptyTitleProperty().get());
    }

    @Test
    void switchingViewsReloadsAndKeepsTheSelectionOnlyIfTheMessageIsStillThere() {
        SimpleObjectProperty<MailboxView> selectedView = new SimpleObjectProperty<>(MailboxView.RESPONSE_NEEDED);
        viewModel.followView(selectedView);
        viewModel.attach(mailbox);
        viewModel.selectNext();
        selectedView.set(MailboxView.ALL);
        assertTrue(calls.contains("ALL after -"));
        assertEquals(450, viewModel.selectedMessageProperty().get().id());
        viewModel.searchTextProperty().set("7");
        assertNull(viewModel.selectedMessageProperty().get());
    }

    @Test
    void keysTypedWhileAChosenViewIsReadActInItOnceItsRowsAreListedInTheOrderTyped() {
        java.util.ArrayDeque<Runnable> cacheReads = new java.util.ArrayDeque<>();
        MessageListViewModel slow = new MessageListViewModel(Clock.fixed(NOW, ZoneOffset.UTC),
                new com.relaydesk.ui.common.UiTasks(cacheReads::add, Runnable::run));
        SimpleObjectProperty<MailboxView> selectedView = new SimpleObjectProperty<>(MailboxView.RESPONSE_NEEDED);
        slow.followView(selectedView);
        slow.attach(mailbox);
        runAll(cacheReads);
        slow.selectedMessageProperty().set(slow.messages().get(5));  // 445, not in Sent
        List<String> done = new ArrayList<>();

        selectedView.set(MailboxView.SENT);  // "2 j n" typed at once
        slow.whenViewListed(slow::selectNext);
        slow.whenViewListed(() -> done.add("n on " + slow.selectedMessageProperty().get().id()));
        assertEquals(List.of(), done, "nothing acts on the rows of the view left");
        assertEquals(445, slow.selectedMessageProperty().get().id());

        runAll(cacheReads);
        assertEquals(List.of("n on 450"), done, "j went to Sent's first row, then n marked it");

        slow.whenViewListed(() -> done.add("now"));
        assertEquals("now", done.get(done.size() - 1), "with no view being read a key acts at once");
    }

    private static void runAll(java.util.ArrayDeque<Runnable> work) {
        while (!work.isEmpty()) {
            work.poll().run();
        }
    }

    @Test
    void rowsPickedTogetherAreWhatATriageKeyActsOnAndStayPickedWhenNewMailReloadsTheList() {
        viewModel.attach(mailbox);
        List<MessageSummary> three = List.of(viewModel.messages().get(2), viewModel.messages().get(3),
                viewModel.messages().get(5));
        viewModel.selectedMessageProperty().set(three.get(2));
        assertEquals(List.of(three.get(2)), viewModel.actedOn(), "one row: the one read");
        viewModel.picked().setAll(three);
        assertEquals(three, viewModel.actedOn());
        assertEquals("Response Needed · 3 selected", viewModel.titleProperty().get());

        viewModel.reload();
        assertEquals(List.of(448L, 447L, 445L), viewModel.actedOn().stream().map(MessageSummary::id).toList());
        viewModel.showRead(447, false);
        assertTrue(viewModel.actedOn().get(1).unread(), "the picked row changed in place too");

        viewModel.selectAfter(viewModel.actedOn());
        assertEquals(444, viewModel.selectedMessageProperty().get().id(), "the first row below them not among them");
        assertEquals(List.of(), viewModel.picked());
        assertEquals("Response Needed", viewModel.titleProperty().get());
    }

    @Test
    void afterMarkingTheLastRowsTheSelectionGoesToTheNearestRowAbove() {
        viewModel.attach(mailbox);
        int size = viewModel.messages().size();
        List<MessageSummary> lastTwo = List.of(viewModel.messages().get(size - 2), viewModel.messages().get(size - 1));
        viewModel.selectAfter(lastTwo);
        assertEquals(viewModel.messages().get(size - 3), viewModel.selectedMessageProperty().get());
    }

    @Test
    void markingTheSelectedRowReadChangesItInPlaceAndKeepsItSelected() {
        viewModel.attach(mailbox);
        viewModel.selectNext();
        MessageSummary before = viewModel.selectedMessageProperty().get();
        viewModel.showRead(before.id(), false);
        assertTrue(viewModel.selectedMessageProperty().get().unread());
        assertEquals(before.id(), viewModel.selectedMessageProperty().get().id());
        assertEquals(1, calls.size(), "no page read again");
    }

    @Test
    void aFailingCacheReadSaysSoInsteadOfShowingAnEmptyMailbox() {
        viewModel.attach(new FailingMailbox());
        assertTrue(viewModel.errorProperty().get().contains("disk I/O error"), viewModel.errorProperty().get());
    }

    /** The same mailbox, but its pages cannot be read. */
    private final class FailingMailbox extends TinyMailbox {
        @Override
        public List<MessageSummary> page(MailboxView view, ListOrder order, MessageSummary after, int limit) {
            throw new IllegalStateException("disk I/O error");
        }
    }
}
