package com.relaydesk.ui.demo;

import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/** The menu item and its confirmation; included in the application menu, shown only on the demo. */
public final class StartDemoOverView {

    static final ButtonType START_OVER = new ButtonType("Start over", ButtonBar.ButtonData.OK_DONE);

    private final StartDemoOverViewModel viewModel;

    @FXML
    private MenuItem startDemoOverItem;

    public StartDemoOverView(StartDemoOverViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        startDemoOverItem.visibleProperty().bind(viewModel.availableProperty());
    }

    @FXML
    private void confirm() {
        Window owner = startDemoOverItem.getParentPopup() == null ? null
                : startDemoOverItem.getParentPopup().getOwnerWindow();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", START_OVER, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Start the demo over");
        alert.setHeaderText("Start the demo over?");
        Label body = new Label(viewModel.confirmation());
        body.setId("start-demo-over-text");
        body.setWrapText(true);
        body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(body);
        // else sized for the sentence on one line; 520 px at 100 %, in em so it widens with larger text
        alert.getDialogPane().setStyle("-fx-pref-width: 40em;");
        alert.getDialogPane().setId("start-demo-over-dialog");
        ((Button) alert.getDialogPane().lookupButton(START_OVER)).setId("start-demo-over-confirm");
        alert.setOnHidden(event -> {
            if (START_OVER.equals(alert.getResult())) {
                viewModel.startOver();
            }
        });
        alert.show();
    }
}
