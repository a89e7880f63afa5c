package com.relaydesk.ui.templates;

import com.relaydesk.lint.Linter;
import com.relaydesk.spelling.Spelling;
import com.relaydesk.store.AccountCache;
import com.relaydesk.templates.TemplateService;
import com.relaydesk.ui.common.UiTasks;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** The Templates window over a real cache file, shown over a stage of its own as the main window would. */
final class TemplatesWindowUnderTest {

    final AccountCache cache;
    final TemplatesViewModel viewModel;
    final TemplatesWindow window;
    private final Stage owner;

    /** Opens it from {@code @Start}; {@code spelling} may be null (not checked), work runs on the calling thread. */
    TemplatesWindowUnderTest(Stage stage, Path dataFolder, Spelling spelling, String shopName) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200)); // Monocle paints no stage without one
        stage.show();
        cache = AccountCache.open(dataFolder.resolve("seller.sqlite"), "seller@example.org");
        viewModel = new TemplatesViewModel(UiTasks.sameThread());
        if (spelling != null) {
            viewModel.useSpelling(spelling);
        }
        viewModel.attach(new TemplateService(cache.templates(), Linter.standard()), shopName);
        window = new TemplatesWindow(viewModel, List.of());
        window.show(stage, null);
    }

    /** Hides every window but the owner, and closes the cache; from {@code @AfterEach}. */
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != owner).toList().forEach(Window::hide));
        cache.close();
    }
}
