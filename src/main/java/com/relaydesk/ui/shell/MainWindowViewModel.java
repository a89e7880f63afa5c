package com.relaydesk.ui.shell;

import com.relaydesk.ui.mailbox.MailboxNavigationViewModel;
import com.relaydesk.ui.messages.MessageListViewModel;
import com.relaydesk.ui.reading.ReadingPaneViewModel;
import com.relaydesk.ui.status.StatusBarViewModel;

/** The main window's parts and how they follow each other: views list → message list → reading pane. */
public final class MainWindowViewModel {

    private final MailboxNavigationViewModel navigation;
    private final MessageListViewModel messageList;
    private final ReadingPaneViewModel readingPane;
    private final StatusBarViewModel statusBar;

    public MainWindowViewModel(MailboxNavigationViewModel navigation, MessageListViewModel messageList,
                               ReadingPaneViewModel readingPane, StatusBarViewModel statusBar) {
        this.navigation = navigation;
        this.messageList = messageList;
        this.readingPane = readingPane;
        this.statusBar = statusBar;
        messageList.followView(navigation.selectedViewProperty());
        readingPane.follow(messageList.selectedMessageProperty());
    }

    public MailboxNavigationViewModel navigation() {
        return navigation;
    }

    public MessageListViewModel messageList() {
        return messageList;
    }

    public ReadingPaneViewModel readingPane() {
        return readingPane;
    }

    public StatusBarViewModel statusBar() {
        return statusBar;
    }

    public String windowTitle() {
        return "RelayDesk";
    }
}
