package com.relaydesk.ui.common;

import com.relaydesk.lint.Finding;
import com.relaydesk.rules.Severity;
import java.util.Locale;
import javafx.beans.binding.DoubleExpression;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/**
 * The list of policy findings beside a text (reply editor, Templates window): a row per finding with
 * its severity, rule and message, wrapped to the list's width. Each screen says how the suggested
 * changes show under the message and what a screen reader hears besides.
 */
public final class FindingsList {

    /** What one screen adds to the common row. */
    public interface Extras {

        /**
         * The suggested changes shown under the message, or {@code null} for none.
         *
         * @param textWidth the width a wrapping text in the row may take
         */
        Node fixes(Finding finding, DoubleExpression textWidth);

        /** Said after "SEVERITY RULE: message"; empty for nothing. */
        default String accessibleNote(Finding finding) {
            return "";
        }
    }

    private FindingsList() {
    }

    /** Shows {@code findings} in {@code list}, and {@code whenClean} while there are none. */
    public static void show(ListView<Finding> list, ObservableList<Finding> findings, String whenClean, Extras extras) {
        list.setItems(findings);
        Label clean = new Label(whenClean);
        clean.setWrapText(true);
        list.setPlaceholder(clean);
        DoubleExpression textWidth = list.widthProperty().subtract(36);
        list.setCellFactory(view -> {
            FindingCell cell = new FindingCell(textWidth, extras);
            cell.setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            return cell;
        });
    }

    /** The style class of a severity, {@code finding-block} and so on: underlines and row heads use it. */
    public static String styleClass(Severity severity) {
        return "finding-" + severity.name().toLowerCase(Locale.ROOT);
    }

    /** One finding: severity, rule and message, then what the screen adds. */
    private static final class FindingCell extends ListCell<Finding> {

        private final DoubleExpression textWidth;
        private final Extras extras;

        FindingCell(DoubleExpression textWidth, Extras extras) {
            this.textWidth = textWidth;
            this.extras = extras;
        }

        @Override
        protected void updateItem(Finding finding, boolean empty) {
            super.updateItem(finding, empty);
            if (empty || finding == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label head = new Label(finding.severity().name() + "  " + finding.ruleId() + " · " + finding.ruleId().title());
            head.getStyleClass().addAll("finding-head", styleClass(finding.severity()) + "-head");
            VBox box = new VBox(2, head, WrappedLabel.of(finding.message(), textWidth));
            Node fixes = extras.fixes(finding, textWidth);
            if (fixes != null) {
                box.getChildren().add(fixes);
            }
            setGraphic(box);
            setText(null);
            setAccessibleText(finding.severity() + " " + finding.ruleId() + ": " + finding.message()
                    + extras.accessibleNote(finding));
        }
    }
}
