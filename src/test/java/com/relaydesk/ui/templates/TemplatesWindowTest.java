package com.relaydesk.ui.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.lint.Linter;
import com.relaydesk.store.AccountCache;
import com.relaydesk.templates.TemplateService;
import com.relaydesk.ui.common.UiTasks;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Templates window's language filter keeps saying what it shows as the list is read again. */
@ExtendWith(ApplicationExtension.class)
class TemplatesWindowTest extends FxRobot {

    @TempDir
    Path dataFolder;
    private AccountCache cache;
    private TemplatesViewModel viewModel;
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200)); // Monocle paints no stage without one
        stage.show();
        cache = AccountCache.open(dataFolder.resolve("seller.sqlite"), "seller@example.org");
        viewModel = new TemplatesViewModel(UiTasks.sameThread());
        viewModel.attach(new TemplateService(cache.templates(), Linter.standard()), "Walnut & Wick");
        new TemplatesWindow(viewModel, List.of()).show(stage, null);
    }

    @AfterEach
    void close() {
        interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != owner).toList()
                .forEach(javafx.stage.Window::hide));
        cache.close();
    }

    @SuppressWarnings("unchecked")
    private String filterShows() {
        ComboBox<String> filter = lookup("#templates-language-filter").queryAs(ComboBox.class);
        // what the closed list shows: its skin's display cell
        ListCell<String> button = (ListCell<String>) ((javafx.scene.control.skin.ComboBoxListViewSkin<String>) filter.getSkin())
                .getDisplayNode();
        return button.getText();
    }

    @Test
    void afterDuplicateTheFilterStillSaysAllLanguages() {
        assertEquals("All languages", filterShows());
        interact(viewModel::duplicate);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", viewModel.languageProperty().get());
        assertEquals("All languages", filterShows());
    }

    @Test
    void aLanguageChosenStaysChosenWhenTheListIsReadAgain() {
        interact(() -> viewModel.languageProperty().set("es"));
        interact(viewModel::duplicate);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("es", viewModel.languageProperty().get());
        assertEquals("Spanish (es)", filterShows());
    }
}
