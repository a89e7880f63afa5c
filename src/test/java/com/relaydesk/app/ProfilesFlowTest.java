package com.relaydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.model.MessageSummary;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two people on one desktop, headless, against the real app on the offline demo: add a profile,
 * switch (which locks), unlock with a PIN, and each person's list keeps their own bold rows.
 */
class ProfilesFlowTest extends DemoAppRobot {

    @Test
    void aSellerAloneWorksAsTheComputersUserWithoutAnyLock() {
        assertEquals(System.getProperty("user.name"), profileMenu().getText());
        assertFalse(lookup("#lock-screen").query().isVisible());
        assertTrue(lookup("#mailbox-frame").query().isVisible());
    }

    @Test
    void switchingLocksTheWindowAndEachPersonUnlocksAsThemselvesAndSeesTheirOwnUnreadMessages() throws Exception {
        String owner = profileMenu().getText();
        addProfile("Ben Cole");
        switchTo("Ben Cole");
        assertTrue(lookup("#lock-screen").query().isVisible());
        assertFalse(lookup("#mailbox-frame").query().isVisible(), "nothing of the mailbox shows while locked");
        assertFalse(lookup("#lock-pin").query().isVisible(), "Ben has no PIN yet: a click unlocks");
        clickOn("#lock-unlock");
        waitUnlockedAs("Ben Cole");

        setOwnPin("2468");

        MessageSummary read = rows().stream().filter(MessageSummary::unread).findFirst().orElseThrow();
        interact(() -> messages().getSelectionModel().select(read));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !row(read.id()).unread());

        switchTo(owner);
        type(KeyCode.ENTER);  // no PIN: Enter unlocks, as Unlock does
        waitUnlockedAs(owner);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> row(read.id()).unread());

        switchTo("Ben Cole");
        assertTrue(lookup("#lock-pin").query().isVisible());
        clickOn("#lock-pin").write("1357").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> label("#lock-message").getText().startsWith("Wrong PIN for Ben Cole"));
        assertTrue(lookup("#lock-screen").query().isVisible());
        clickOn("#lock-pin").write("2468").type(KeyCode.ENTER);
        waitUnlockedAs("Ben Cole");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !row(read.id()).unread());
    }

    private void addProfile(String name) throws TimeoutException {
        openManageDialog();
        clickOn("#profile-new-name").write(name).type(KeyCode.ENTER);  // Enter adds, as Add does
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> lookup("#profiles-list").queryListView().getItems().size() == 2);
        closeManageDialog();
    }

    private void setOwnPin(String pin) throws TimeoutException {
        openManageDialog();
        clickOn("#profile-pin").write(pin);
        clickOn("#profile-pin-repeat").write(pin);
        clickOn("#profile-set-pin");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label("#profiles-message").getText().startsWith("PIN set"));
        closeManageDialog();
    }

    private void openManageDialog() throws TimeoutException {
        clickOn("#profile-menu");
        clickOn("#profile-manage");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#manage-profiles").tryQuery().isPresent());
    }

    private void closeManageDialog() {
        Node content = lookup("#manage-profiles").query();
        interact(() -> ((Stage) content.getScene().getWindow()).close());
    }

    private void switchTo(String name) throws TimeoutException {
        clickOn("#profile-menu");
        // the item in the open menu, not the toolbar's own text or the lock screen's buttons
        clickOn(lookup(".context-menu").lookup((Node n) -> n instanceof javafx.scene.control.Labeled labeled
                && name.equals(labeled.getText())).<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#lock-screen").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUnlockedAs(String name) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !lookup("#lock-screen").query().isVisible()
                && name.equals(profileMenu().getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuButton profileMenu() {
        return lookup("#profile-menu").queryAs(MenuButton.class);
    }

    private MessageSummary row(long id) {
        return rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }
}
