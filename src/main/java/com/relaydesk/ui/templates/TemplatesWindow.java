package com.relaydesk.ui.templates;

import com.relaydesk.model.Order;
import com.relaydesk.ui.common.ViewLoader;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Templates…" in its own window beside the inbox (one at a time); closing it with unsaved
 * changes asks first.
 */
public final class TemplatesWindow {

    private final TemplatesViewModel viewModel;
    private final List<String> stylesheets;
    private Stage stage;

    public TemplatesWindow(TemplatesViewModel viewModel, List<String> stylesheets) {
        this.viewModel = viewModel;
        this.stylesheets = List.copyOf(stylesheets);
    }

    /** Opens the window (or brings it to the front); the preview fills from {@code selectedOrder}, or a sample. */
    public void show(Window owner, Order selectedOrder) {
        viewModel.useOrder(selectedOrder);
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            return;
        }
        TemplatesView[] view = new TemplatesView[1];
        Map<Class<?>, Supplier<?>> controllers = Map.of(TemplatesView.class, () -> view[0] = new TemplatesView(viewModel));
        Parent root = new ViewLoader(controllers).load("templates/Templates.fxml");
        Stage opened = new Stage();
        opened.initOwner(owner);
        opened.setTitle("Templates");
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(stylesheets);
        opened.setScene(scene);
        opened.setMinWidth(900);
        opened.setMinHeight(600);
        opened.setOnCloseRequest(event -> {
            event.consume();
            view[0].whenLeaving(opened::close, () -> { });
        });
        stage = opened;
        viewModel.open();
        opened.show();
    }

    /** Templates changed elsewhere (saved from a reply): read the list again unless edits would be lost. */
    public void refresh() {
        if (stage != null && stage.isShowing() && !viewModel.editor().dirtyProperty().get()) {
            viewModel.open();
        }
    }

    /** The editor's order follows the message selected in the main window while the window is open. */
    public void useOrder(Order selectedOrder) {
        viewModel.useOrder(selectedOrder);
    }
}
