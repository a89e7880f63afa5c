package com.relaydesk.ui.common;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Tells the user, in a sentence, that something failed and where the details were written. */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    /** Builds the dialog; the caller shows it. Never contains a stack trace. */
    public static Alert create(String summary, Path logFile) {
        Alert alert = new Alert(Alert.AlertType.ERROR, null, ButtonType.OK);
        alert.setTitle("RelayDesk");
        alert.setHeaderText("Something went wrong");
        Label explanation = new Label(summary);
        explanation.setWrapText(true);
        explanation.setId("error-summary");
        Label where = new Label("RelayDesk wrote the details to this log file. Your messages and drafts are kept; "
                + "if this happens again, send the file to support.");
        where.setWrapText(true);
        TextField path = new TextField(logFile.toString());
        path.setEditable(false);
        path.setId("error-log-path");
        VBox content = new VBox(10, explanation, where, path);
        content.setStyle("-fx-pref-width: 35.4em;"); // 460 px at 100 %: in em, wider with larger text
        alert.getDialogPane().setContent(content);
        return alert;
    }
}
