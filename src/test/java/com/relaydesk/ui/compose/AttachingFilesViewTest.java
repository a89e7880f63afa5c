package com.relaydesk.ui.compose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.testing.Waits;
import com.relaydesk.ui.common.UiTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Attaching files with the app's real background thread: a file that is slow to read (a named pipe
 * the test writes into when it likes, standing for a network share or a slow USB stick) must leave
 * the window responsive, say that it is being added, hold Send back, and be cancellable.
 */
@ExtendWith(ApplicationExtension.class)
class AttachingFilesViewTest extends FxRobot {

    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};

    @TempDir
    Path dir;

    private final ExecutorService background = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "test background");
        thread.setDaemon(true);
        return thread;
    });
    private final ReplyWindows windows = new ReplyWindows(this);
    private Stage reply;
    private ComposeViewModel model;

    @Start
    void start(Stage stage) {
        windows.showOwner(stage);
        model = windows.openAnnasQuestion(new UiTasks(background, Platform::runLater));
        reply = windows.reply();
        StyleClassedTextArea editor = (StyleClassedTextArea) reply.getScene().lookup("#compose-body");
        editor.replaceText("Here is a photo of the lamp as packed.");
    }

    @AfterEach
    void close() {
        windows.closeReplies();
        background.shutdownNow();
    }

    @Test
    void aFileSlowToReadIsAddedInTheBackgroundWhileTheReplySaysSoAndSendWaits() throws Exception {
        Path photo = slowFile("photo.jpg");

        attachFromTheFxThread(photo);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(node("#compose-adding").isVisible(), "a row says a file is being added");
        assertEquals("Adding photo.jpg…", label("#compose-adding-text").getText());
        assertTrue(button("#compose-send").isDisabled(), "Send waits for the file");
        assertEquals("Send waits until the files being added are attached.", label("#compose-send-reason").getText());

        Files.write(photo, JPEG); // the share answers
        Waits.waitUntil(() -> model.attachments().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("photo.jpg", model.attachments().get(0).fileName());
        assertArrayEquals(JPEG, model.attachments().get(0).content());
        assertFalse(node("#compose-adding").isVisible(), "nothing is being added any more");
        assertFalse(button("#compose-send").isDisabled(), label("#compose-send-reason").getText());
    }

    @Test
    void addingAFileCanBeCancelledAndThenNothingOfItIsAttached() throws Exception {
        Path video = slowFile("unboxing.mov");

        attachFromTheFxThread(video);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(windows.find(reply, "#compose-adding-cancel", Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(node("#compose-adding").isVisible());
        assertFalse(button("#compose-send").isDisabled(), label("#compose-send-reason").getText());

        CountDownLatch written = new CountDownLatch(1);
        Thread late = new Thread(() -> { // the share answers after all; a writer may wait for a reader that is gone
            try {
                Files.write(video, JPEG);
            } catch (java.io.IOException ignored) {
                // the read was stopped before it opened the pipe
            }
            written.countDown();
        });
        late.setDaemon(true);
        late.start();
        written.await(5, TimeUnit.SECONDS);
        background.submit(() -> { }).get(5, TimeUnit.SECONDS); // the cancelled read is over
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.attachments().isEmpty(), model.attachments()::toString);
    }

    @Test
    void aFileThatVanishedIsNamedWithWhatToDo() throws Exception {
        attachFromTheFxThread(dir.resolve("receipt.pdf"));
        Waits.waitUntil(() -> !model.statusProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        String said = label("#compose-status").getText();
        assertTrue(said.startsWith("receipt.pdf is no longer where it was chosen"), said);
        assertTrue(said.contains("Attach it again from where it is now."), said);
        assertTrue(model.attachments().isEmpty());
        assertFalse(node("#compose-adding").isVisible());
    }

    @Test
    void aRefusedFilesLongExplanationHasALineOfItsOwnAndSqueezesNothingBesideSend() throws Exception {
        Node spelling = node("#compose-spelling");
        double spellingWidth = spelling.getLayoutBounds().getWidth();
        assertFalse(node("#compose-status").isVisible(), "no empty line while there is nothing to say");
        Path big = dir.resolve("big-photo.jpg");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.write(JPEG);
            file.setLength(11L * 1024 * 1024);  // over D3's 10 MB
        }

        interact(() -> model.bodyProperty().set(""));  // Send says why it waits, beside the spelling choice
        attachFromTheFxThread(big);
        Waits.waitUntil(() -> !model.statusProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> reply.getScene().getRoot().applyCss());
        interact(() -> reply.getScene().getRoot().layout());
        Label said = label("#compose-status");
        assertTrue(said.getText().startsWith("big-photo.jpg is"), said.getText());
        assertTrue(said.isVisible());
        assertEquals(spellingWidth, spelling.getLayoutBounds().getWidth(), 0.5, "the spelling choice keeps its width");
        Label reason = label("#compose-send-reason");
        assertFalse(reason.getText().isEmpty());
        assertTrue(reason.getWidth() >= reason.getFont().getSize() * 8,
                "Send's reason reads across, not as a column of letters: " + reason.getWidth());
    }

    /** Attaches as the Attach… button and a drop do, on the FX thread, which must be free again at once. */
    private void attachFromTheFxThread(Path file) throws Exception {
        CountDownLatch returned = new CountDownLatch(1);
        Platform.runLater(() -> {
            model.addFiles(List.of(file));
            returned.countDown();
        });
        boolean free = returned.await(5, TimeUnit.SECONDS);
        if (!free && Files.exists(file)) {
            Files.write(file, JPEG); // let the stuck FX thread go before failing
        }
        assertTrue(free, "the JavaFX thread was still reading " + file.getFileName() + " after 5 s");
    }

    /** A named pipe: reading it waits until the test writes, like a file on a share that does not answer. */
    private Path slowFile(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("no mkfifo on this system: " + e.getMessage());
            throw e;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        return fifo;
    }

    private Node node(String id) {
        return windows.find(reply, id, Node.class);
    }

    private Label label(String id) {
        return windows.find(reply, id, Label.class);
    }

    private Button button(String id) {
        return windows.find(reply, id, Button.class);
    }
}
