package com.relaydesk.ui.outbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.inbox.MailboxSession;
import com.relaydesk.mail.OutboxStore.NewReply;
import com.relaydesk.session.SyncedMailboxSession;
import com.relaydesk.store.AccountCache;
import com.relaydesk.ui.appearance.Appearance;
import com.relaydesk.ui.appearance.AppearanceViewModel;
import com.relaydesk.ui.appearance.TextSize;
import com.relaydesk.ui.appearance.WindowAppearance;
import com.relaydesk.ui.common.UiTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Outbox window at 175 %: its list as much wider as its text, not kept at its 640 px of 100 %. */
@ExtendWith(ApplicationExtension.class)
class OutboxDialogTextSizeTest extends FxRobot {

    @TempDir
    Path dir;
    private SyncedMailboxSession session;
    private WindowAppearance windows;
    private Stage main;

    @Start
    void start(Stage stage) throws Exception {
        windows = WindowAppearance.follow(new AppearanceViewModel(new Appearance(TextSize.P175, false),
                UiTasks.sameThread(), kept -> { }));
        AccountCache cache = AccountCache.open(dir.resolve("seller.sqlite"), "seller@example.org");
        cache.outbox().enqueue(new NewReply("<r1@example.org>", "buyer0000001@marketplace.amazon.com",
                "Re: Where is my parcel? It was due on Monday and the tracking has not moved since", "It ships today.",
                null, "<q1@relay.test>", List.of(), null, new byte[0]));
        session = new SyncedMailboxSession("test", "seller@example.org", cache, () -> {
            throw new AssertionError("the Outbox window does not connect");
        }, Clock.systemUTC());
        main = stage;
        javafx.scene.Scene scene = new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300);
        scene.getStylesheets().add(getClass().getResource("/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        new OutboxDialog(new OutboxViewModel(UiTasks.sameThread(), () -> Optional.<MailboxSession>of(session), mark -> { }))
                .show(stage);
    }

    @AfterEach
    void close() throws Exception {
        interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w != main).forEach(Window::hide);
            windows.close();
        });
        session.close();
    }

    @Test
    void theListIsAsMuchWiderAsItsText() {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = lookup("#outbox-list").queryAs(ListView.class);
        // 640 px at 100 % in a dialog the theme caps at 600 px: both in em, the list nearly 1.75 times as wide
        assertTrue(list.getWidth() > 640 * 1.55, "wider than its 640 px at 100 %: " + list.getWidth());
        ListCell<?> row = lookup("#outbox-list .list-cell").match((ListCell<?> cell) -> cell.getItem() != null)
                .queryAs(ListCell.class);
        String shown = ((javafx.scene.text.Text) row.lookup(".text")).getText();
        assertTrue(shown.contains("Where is my parcel?"), "the subject's start in sight: " + shown);
    }
}
