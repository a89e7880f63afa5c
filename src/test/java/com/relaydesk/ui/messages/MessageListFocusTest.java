package com.relaydesk.ui.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.ui.mailbox.MailboxNavigationView;
import com.relaydesk.ui.mailbox.MailboxNavigationViewModel;
import com.relaydesk.ui.common.ViewLoader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Where the keyboard is, on the message list, in the light and the dark theme: a ring while the list
 * has the focus, and the selected row in the accent colour then, grey when the focus is elsewhere.
 */
@ExtendWith(ApplicationExtension.class)
class MessageListFocusTest extends FxRobot {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    /** The theme's -color-accent-emphasis. */
    private static final Map<Boolean, Color> ACCENT = Map.of(false, Color.web("#0969da"), true, Color.web("#1f6feb"));

    private ListView<MessageSummary> list;
    private Button elsewhere;
    private ListView<?> views;
    private Region order;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()); // as the app does
        MessageListViewModel viewModel = new MessageListViewModel(Clock.fixed(NOW, ZoneOffset.UTC));
        viewModel.followView(new SimpleObjectProperty<>(MailboxView.RESPONSE_NEEDED));
        viewModel.messages().setAll(List.of(message(1, "Anna Weber"), message(2, "Bob Stone"), message(3, "Chloé Martin")));
        Map<Class<?>, Supplier<?>> controllers = Map.of(MessageListView.class, () -> new MessageListView(viewModel),
                MailboxNavigationView.class, () -> new MailboxNavigationView(new MailboxNavigationViewModel()));
        elsewhere = new Button("Reply");
        ViewLoader loader = new ViewLoader(controllers);
        HBox root = new HBox(loader.load("mailbox/MailboxNavigation.fxml"), loader.load("messages/MessageList.fxml"), elsewhere);
        Scene scene = new Scene(root, 700, 500);
        for (String css : List.of("/css/base.css", "/css/shell.css", "/css/messages.css")) {
            scene.getStylesheets().add(getClass().getResource(css).toExternalForm());
        }
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        list = (ListView<MessageSummary>) root.lookup("#message-list");
        views = (ListView<?>) root.lookup("#mailbox-views");
        order = (Region) root.lookup("#message-list-order");
    }

    @AfterEach
    void backToTheLightTheme() {
        interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @ParameterizedTest(name = "dark: {0}")
    @ValueSource(booleans = {false, true})
    void theFocusedListHasARingAndItsSelectedRowTheAccentColour(boolean dark) {
        interact(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            list.getSelectionModel().select(1);
            list.requestFocus();
        });
        assertEquals(ACCENT.get(dark), ring(list), "the ring, in the theme's accent");
        ListCell<?> row = selectedRow();
        Paint focusedTint = topFill(row);
        assertTrue(row.getBackground().getFills().stream().anyMatch(fill -> ACCENT.get(dark).equals(fill.getFill())),
                "the row the keys are on is outlined");

        interact(elsewhere::requestFocus);
        assertEquals(Color.TRANSPARENT, ring(list), "no ring without the focus");
        assertNotEquals(focusedTint, topFill(selectedRow()), "the selected row is quieter without the focus");
        assertTrue(row.getBackground().getFills().stream().noneMatch(fill -> ACCENT.get(dark).equals(fill.getFill())));
    }

    @ParameterizedTest(name = "dark: {0}")
    @ValueSource(booleans = {false, true})
    void theViewsListShowsTheFocusTooAndTheSortBoxFollowsTheTheme(boolean dark) {
        interact(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            views.requestFocus();
        });
        assertEquals(ACCENT.get(dark), ring(views));
        interact(elsewhere::requestFocus);
        assertEquals(Color.TRANSPARENT, ring(views));
        assertEquals(Color.web(dark ? "#0d1117" : "#ffffff"), topFill(order), "the theme's -color-bg-default");
    }

    /** The colour of a list's top border, and that it is thick enough to be seen. */
    private static Paint ring(Region region) {
        assertTrue(region.getBorder() != null && !region.getBorder().getStrokes().isEmpty(), "the list has a border");
        assertTrue(region.getBorder().getStrokes().get(0).getWidths().getTop() >= 2, "two pixels at least");
        return region.getBorder().getStrokes().get(0).getTopStroke();
    }

    private ListCell<?> selectedRow() {
        return from(list).lookup(".list-cell").match((ListCell<?> cell) -> cell.isSelected() && cell.isVisible())
                .queryAs(ListCell.class);
    }

    private static Paint topFill(Region region) {
        List<javafx.scene.layout.BackgroundFill> fills = region.getBackground().getFills();
        return fills.get(fills.size() - 1).getFill();
    }

    private static MessageSummary message(long id, String buyer) {
        return new MessageSummary(id, buyer, "113-0000000-000000" + id, "Where is my order?", "Hello, my parcel…",
                NOW.minusSeconds(3600 * id), false, false);
    }
}
