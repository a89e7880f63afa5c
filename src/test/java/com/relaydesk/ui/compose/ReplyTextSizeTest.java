package com.relaydesk.ui.compose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.spelling.Spelling;
import com.relaydesk.ui.appearance.Appearance;
import com.relaydesk.ui.appearance.AppearanceViewModel;
import com.relaydesk.ui.appearance.TextSize;
import com.relaydesk.ui.appearance.WindowAppearance;
import com.relaydesk.ui.common.UiTasks;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The reply window at 175 % in a 1280-pixel screen: the row beside Send gives way without losing what it says. */
@ExtendWith(ApplicationExtension.class)
class ReplyTextSizeTest extends FxRobot {

    @TempDir
    Path dataFolder;
    private final ReplyWindows windows = new ReplyWindows(this);
    private WindowAppearance appearance;
    private Stage reply;

    @Start
    void start(Stage stage) {
        appearance = WindowAppearance.follow(new AppearanceViewModel(new Appearance(TextSize.P175, false),
                UiTasks.sameThread(), kept -> { }));
        windows.showOwner(stage);
        windows.openAnnasQuestion(UiTasks.sameThread(), Spelling.in(dataFolder));
        reply = windows.reply();
        reply.setWidth(1280);
    }

    @AfterEach
    void close() {
        windows.closeReplies();
        interact(appearance::close);
    }

    @Test
    void theAllowanceBarAndTheSpellingChoiceKeepARoomOfTheirOwnBesideSend() {
        WaitForAsyncUtils.waitForFxEvents();
        double em = TextSize.P175.px();
        org.junit.jupiter.api.Assertions.assertEquals(1280, reply.getScene().getWidth(), 20, "a 1280-pixel window");
        Region bar = windows.find(reply, "#compose-allowance-bar", Region.class);
        Region spelling = windows.find(reply, "#compose-spelling", Region.class);
        Label reason = windows.find(reply, "#compose-send-reason", Label.class);
        assertTrue(bar.getWidth() >= 4 * em - 0.5, "the day's allowance still shows as a bar: " + bar.getWidth());
        assertTrue(spelling.getWidth() >= 10 * em - 0.5, "the spelling language is more than an arrow: " + spelling.getWidth());
        assertTrue(reason.getWidth() >= 9 * em - 0.5, "why Send waits reads across: " + reason.getWidth());
        Region send = windows.find(reply, "#compose-send", Region.class);
        assertTrue(send.localToScene(send.getLayoutBounds()).getMaxX() <= reply.getScene().getWidth() + 0.5,
                "Send is inside the window");
    }
}
