package com.relaydesk.ui.dashboard;

import com.relaydesk.rules.ResponseStats;
import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;

/** Binds the response-time dashboard to its view model. */
public final class DashboardView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM");

    private final DashboardViewModel viewModel;

    @FXML
    private ToggleButton sevenDays;
    @FXML
    private ToggleButton thirtyDays;
    @FXML
    private Label average;
    @FXML
    private Label share;
    @FXML
    private Label received;
    @FXML
    private StackedBarChart<String, Number> chart;
    @FXML
    private ListView<ResponseStats.Sample> overdue;

    public DashboardView(DashboardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Tick labels of whole counts only; the axis' in-between ticks stay unlabelled. */
    static final javafx.util.StringConverter<Number> WHOLE_COUNTS = new javafx.util.StringConverter<>() {
        @Override
        public String toString(Number value) {
            double v = value.doubleValue();
            return v == Math.rint(v) ? Long.toString((long) v) : "";
        }

        @Override
        public Number fromString(String text) {
            return Long.parseLong(text.trim());
        }
    };

    @FXML
    private void initialize() {
        ToggleGroup window = new ToggleGroup();
        sevenDays.setToggleGroup(window);
        thirtyDays.setToggleGroup(window);
        sevenDays.setSelected(viewModel.daysProperty().get() == 7);
        thirtyDays.setSelected(viewModel.daysProperty().get() == 30);
        sevenDays.setOnAction(e -> viewModel.daysProperty().set(7));
        thirtyDays.setOnAction(e -> viewModel.daysProperty().set(30));
        average.textProperty().bind(viewModel.averageProperty());
        share.textProperty().bind(viewModel.shareProperty());
        received.textProperty().bind(viewModel.receivedProperty());
        chart.setAnimated(false);
        // Messages are counted whole: an empty period showed "0.0", a quiet one "0.5".
        ((javafx.scene.chart.NumberAxis) chart.getYAxis()).setTickLabelFormatter(WHOLE_COUNTS);
        overdue.setPlaceholder(new javafx.scene.control.Label("No buyer waited over 24 hours in this period."));
        viewModel.byDay().addListener((ListChangeListener<ResponseStats.Day>) change -> drawChart());
        drawChart();
        overdue.setItems(viewModel.overdue());
        overdue.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ResponseStats.Sample item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.overdueLabel(item));
            }
        });
        // Double-click or Enter opens the message behind the dashboard, ready to answer.
        com.relaydesk.ui.common.ListOpening.onOpen(overdue, this::openSelected);
        overdue.setTooltip(new javafx.scene.control.Tooltip("Double-click or Enter to open the message and answer it"));
    }

    private void openSelected() {
        ResponseStats.Sample picked = overdue.getSelectionModel().getSelectedItem();
        if (picked != null) {
            viewModel.open(picked);
            overdue.getScene().getWindow().hide();
        }
    }

    private void drawChart() {
        XYChart.Series<String, Number> inTime = new XYChart.Series<>();
        inTime.setName("Answered within 24 h");
        XYChart.Series<String, Number> late = new XYChart.Series<>();
        late.setName("Over 24 h");
        XYChart.Series<String, Number> open = new XYChart.Series<>();
        open.setName("Open, still in time");
        for (ResponseStats.Day day : viewModel.byDay()) {
            String label = DAY.format(day.date());
            inTime.getData().add(new XYChart.Data<>(label, day.inTime()));
            late.getData().add(new XYChart.Data<>(label, day.late()));
            open.getData().add(new XYChart.Data<>(label, day.open()));
        }
        chart.getData().setAll(java.util.List.of(inTime, late, open));
    }
}
