package com.relaydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.model.MessageSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The notification for new buyer mail, with the main window in front and behind another window. */
@ExtendWith(ApplicationExtension.class)
class ArrivalNotificationsTest extends FxRobot {

    private static final ArrivalNotice NOTICE = ArrivalNotice.of(List.of(new MessageSummary(42, "Anna Weber", null,
            "Where is my order?", "", Instant.parse("2026-11-30T10:00:00Z"), true, false)));

    private Stage main;
    private final List<ArrivalNotice> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        main = stage;
        stage.setScene(new Scene(new StackPane(new Label("inbox")), 600, 400));
        stage.show();
    }

    @Test
    void whileTheSellerWorksInAnotherWindowTheNoticeShowsAndAClickOpensTheMessage() throws Exception {
        interact(() -> new ArrivalNotifications(main, opened::add, () -> false).arrived(NOTICE));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notice().isPresent());
        assertTrue(noticeText("Where is my order?"), "with what the buyer wrote about");
        clickOn(notice().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(NOTICE), opened, "the click opens the newest message");
    }

    @Test
    void whileRelayDeskIsInFrontTheListShowsTheMessageAndNoNoticeInterrupts() throws Exception {
        interact(() -> new ArrivalNotifications(main, opened::add, () -> true).arrived(NOTICE));
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(notice().isPresent());
        assertTrue(opened.isEmpty());
    }

    /** The notification's title, in whichever window shows it. */
    private Optional<Node> notice() {
        return labelled("New message from Anna Weber");
    }

    private boolean noticeText(String text) {
        return labelled(text).isPresent();
    }

    private Optional<Node> labelled(String text) {
        return Window.getWindows().stream().filter(Window::isShowing).filter(window -> window != main)
                .flatMap(window -> from(window.getScene().getRoot()).lookup((javafx.scene.control.Labeled label) ->
                        text.equals(label.getText())).queryAll().stream())
                .map(Node.class::cast).findFirst();
    }
}
