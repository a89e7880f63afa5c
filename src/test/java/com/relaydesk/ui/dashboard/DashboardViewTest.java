package com.relaydesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.store.AccountCache;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A period without buyer messages: whole numbers on the axis, and the empty list says why it is empty. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest extends FxRobot {

    @TempDir
    Path dir;
    private AccountCache cache;

    @Start
    void start(Stage stage) throws Exception {
        cache = AccountCache.open(dir.resolve("seller.sqlite"), "seller@example.org");
        DashboardViewModel viewModel = new DashboardViewModel(UiTasks.sameThread(),
                Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC), ZoneOffset.UTC);
        viewModel.attach(cache.inbox());
        Map<Class<?>, Supplier<?>> controllers = Map.of(DashboardView.class, () -> new DashboardView(viewModel));
        stage.setScene(new Scene(new ViewLoader(controllers).load("dashboard/Dashboard.fxml"), 700, 640));
        stage.show();
        viewModel.refresh();  // as the dashboard does when it opens
    }

    @AfterEach
    void close() throws Exception {
        cache.close();
    }

    @Test
    void anEmptyPeriodShowsWholeCountsAndSaysNobodyWaitedTooLong() {
        assertEquals("0 buyer messages, 0 answered, 0 over 24 hours", lookup("#dashboard-received").queryAs(Label.class).getText());
        NumberAxis counts = (NumberAxis) lookup("#dashboard-chart").queryAs(javafx.scene.chart.StackedBarChart.class).getYAxis();
        List<String> ticks = counts.getChildrenUnmodifiable().stream().filter(Node::isVisible)
                .map(n -> n instanceof javafx.scene.text.Text t ? t.getText() : null)
                .filter(t -> t != null && !t.isEmpty()).toList();
        assertFalse(ticks.isEmpty(), "the axis has labels");
        assertTrue(ticks.stream().allMatch(t -> t.matches("\\d+")), "whole counts only: " + ticks);
        ListView<?> overdue = lookup("#dashboard-overdue").queryListView();
        assertTrue(overdue.getItems().isEmpty());
        assertEquals("No buyer waited over 24 hours in this period.", ((Label) overdue.getPlaceholder()).getText());
    }

    @Test
    void theDashboardCanShrinkToANetbookScreenWithItsCloseButtonInReach() {
        javafx.scene.Parent root = lookup("#dashboard-chart").query().getParent();
        // a 1024x600 netbook: 576 px of work area, less a title bar, the Close button's bar and padding
        assertTrue(root.minHeight(-1) <= 460, "the dashboard's least height: " + root.minHeight(-1));
    }

    @Test
    void theFormatterLabelsWholeNumbersOnly() {
        assertEquals("0", DashboardView.WHOLE_COUNTS.toString(0.0));
        assertEquals("12", DashboardView.WHOLE_COUNTS.toString(12));
        assertEquals("", DashboardView.WHOLE_COUNTS.toString(0.5));
    }
}
