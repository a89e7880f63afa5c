package com.relaydesk.ui.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
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
    private TemplatesWindowUnderTest templates;
    private TemplatesViewModel viewModel;

    @Start
    void start(Stage stage) {
        templates = new TemplatesWindowUnderTest(stage, dataFolder, null, "Walnut & Wick");
        viewModel = templates.viewModel;
    }

    @AfterEach
    void close() {
        templates.close(this);
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
