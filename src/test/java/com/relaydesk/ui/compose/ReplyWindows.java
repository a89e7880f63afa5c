package com.relaydesk.ui.compose;

import com.relaydesk.lint.Linter;
import com.relaydesk.ui.common.UiTasks;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/**
 * The screen the compose view tests share: an empty owner window that reply windows open over (the
 * main window in the app), a reply to Anna's question opened over it, the reply window showing and its
 * controls by id, and closing the replies a test left open.
 */
final class ReplyWindows {

    private final FxRobot robot;
    private Stage owner;

    /** @param robot the test, for looking controls up and for closing windows on the FX thread */
    ReplyWindows(FxRobot robot) {
        this.robot = robot;
    }

    /** Shows the test's stage, empty and 300×200, as the owner the replies open over. Call it from {@code @Start}. */
    void showOwner(Stage stage) {
        owner = stage;
        owner.setScene(new Scene(new StackPane(), 300, 200));
        owner.show();
    }

    /** The window shown by {@link #showOwner}, for opening a reply over it. */
    Stage owner() {
        return owner;
    }

    /**
     * Opens a reply to {@link AnnasQuestion} over the owner, with the standard checks, no templates and
     * {@code tasks} for its background work; the reply window is then {@link #reply()}.
     */
    ComposeViewModel openAnnasQuestion(UiTasks tasks) {
        return openAnnasQuestion(tasks, null);
    }

    /** As {@link #openAnnasQuestion(UiTasks)}, its spelling checked with {@code spelling} (null: none). */
    ComposeViewModel openAnnasQuestion(UiTasks tasks, com.relaydesk.spelling.Spelling spelling) {
        ComposeWindow window = new ComposeWindow(Linter.standard(), tasks, List.of());
        window.useSpelling(spelling);
        return window.open(owner, AnnasQuestion.message(), Optional.empty(), () -> { }, () -> { });
    }

    /** The reply window showing now: the one whose title starts "Reply to". */
    Stage reply() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith("Reply to")).findFirst().orElseThrow();
    }

    /** The control with this id (as {@code "#compose-body"}) in the reply window. */
    <T extends Node> T find(Stage reply, String id, Class<T> type) {
        return robot.from(reply.getScene().getRoot()).lookup(id).queryAs(type);
    }

    /** Hides every window but the owner: the replies (and their dialogs) a test opened. Call it from {@code @AfterEach}. */
    void closeReplies() {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != owner).forEach(Window::hide));
    }
}
