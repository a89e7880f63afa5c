package com.relaydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.mailbox.MailboxNavigationViewModel;
import com.relaydesk.ui.messages.MessageListViewModel;
import com.relaydesk.ui.reading.ReadingPaneViewModel;
import com.relaydesk.ui.status.StatusBarViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainWindowViewModelTest {

    private final MailboxNavigationViewModel navigation = new MailboxNavigationViewModel();
    private final MessageListViewModel list = new MessageListViewModel(Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"),
            ZoneOffset.UTC), UiTasks.sameThread());
    private final MainWindowViewModel window = new MainWindowViewModel(navigation, list,
            new ReadingPaneViewModel(UiTasks.sameThread(), ZoneOffset.UTC), new StatusBarViewModel("/data", ZoneOffset.UTC));

    @Test
    void aClickOnTheNewMailNoticeSelectsTheMessageInResponseNeededWithNoSearchInTheWay() {
        navigation.selectedViewProperty().set(MailboxView.SENT);
        list.searchTextProperty().set("lamp");
        MessageSummary anna = new MessageSummary(42, "Anna Weber", null, "Where is my order?", "",
                Instant.parse("2026-11-30T11:59:00Z"), true, false);
        window.openArrival(ArrivalNotice.of(List.of(anna)));
        assertEquals(MailboxView.RESPONSE_NEEDED, navigation.selectedViewProperty().get());
        assertEquals("", list.searchTextProperty().get());
        assertEquals(anna, list.selectedMessageProperty().get(), "the reading pane follows the selection");
    }

    @Test
    void theWindowTitleCountsTheMessagesThatNeedAnAnswer() {
        assertEquals("RelayDesk", window.windowTitleProperty().get());
        navigation.setCount(MailboxView.RESPONSE_NEEDED, 1);
        assertEquals("RelayDesk — 1 needs an answer", window.windowTitleProperty().get());
        navigation.setCount(MailboxView.RESPONSE_NEEDED, 12);
        navigation.setCount(MailboxView.SENT, 40);
        assertEquals("RelayDesk — 12 need an answer", window.windowTitleProperty().get());
    }
}
