package com.relaydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.relaydesk.app.UiComposition;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.testing.LogRecorder;
import com.relaydesk.ui.appearance.Appearance;
import com.relaydesk.ui.appearance.AppearanceViewModel;
import com.relaydesk.ui.appearance.TextSize;
import com.relaydesk.ui.appearance.WindowAppearance;
import com.relaydesk.ui.common.UiTasks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The new-mail notice in the app's theme (AtlantaFX) and stylesheets: ControlsFX paints it with
 * Modena's colour names, which the theme lacks; each notice logged a ClassCastException and showed
 * no background.
 */
@ExtendWith(ApplicationExtension.class)
class ArrivalNotificationStylesTest extends FxRobot {

    private static final ArrivalNotice NOTICE = ArrivalNotice.of(List.of(new MessageSummary(42, "Anna Weber", null,
            "Where is my order?", "", Instant.parse("2026-11-30T10:00:00Z"), true, false)));

    private final AppearanceViewModel appearance = new AppearanceViewModel(new Appearance(TextSize.P100, false),
            UiTasks.sameThread(), kept -> { });
    private Stage main;
    private WindowAppearance windows;

    @Start
    void start(Stage stage) {
        windows = WindowAppearance.follow(appearance); // the theme, as the app sets it
        main = stage;
        Scene scene = new Scene(new StackPane(new Label("inbox")), 600, 400);
        scene.getStylesheets().addAll(UiComposition.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w != main).forEach(Window::hide);
            windows.close();
        });
    }

    @Test
    void aNoticeInTheLightThemeIsPaintedWithoutACssWarning() throws Exception {
        assertANoticeIsPaintedWithoutACssWarning();
    }

    @Test
    void aNoticeInTheDarkThemeIsPaintedWithoutACssWarning() throws Exception {
        interact(() -> appearance.darkProperty().set(true));
        assertANoticeIsPaintedWithoutACssWarning();
    }

    private void assertANoticeIsPaintedWithoutACssWarning() throws Exception {
        try (LogRecorder css = LogRecorder.ofLoggers("javafx.css")) {
            interact(() -> new ArrivalNotifications(main, notice -> { }, () -> false).arrived(NOTICE));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> noticePane().isPresent());
            WaitForAsyncUtils.waitForFxEvents();

            assertEquals("", css.text(), "what JavaFX's CSS logged while the notice showed");
            Region pane = noticePane().orElseThrow();
            assertNotNull(pane.getBackground(), "the notice has its background");
            assertEquals(3, pane.getBackground().getFills().size(), "outer border, inner border and body");
        }
    }

    /** The notice's body ({@code .notification-bar > .pane}) in the pop-up that shows it. */
    private Optional<Region> noticePane() {
        return Window.getWindows().stream().filter(window -> window instanceof Popup && window.isShowing())
                .map(window -> window.getScene().getRoot().lookup(".notification-bar > .pane"))
                .filter(Region.class::isInstance).map(Region.class::cast).findFirst();
    }
}
