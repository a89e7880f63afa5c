package com.relaydesk.ui.shell;

import com.relaydesk.ui.common.ScreenFit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Shows a notification in the screen's corner when buyer messages arrive while the seller works in
 * another window (sellers are judged on how fast they answer). Not while RelayDesk has the focus:
 * the list shows the new message there. A click brings the window forward with the message open.
 */
final class ArrivalNotifications {

    static final Duration SHOWN_FOR = Duration.seconds(12);

    private final Stage window;
    private final Consumer<ArrivalNotice> open;
    private final BooleanSupplier sellerIsLooking;

    ArrivalNotifications(Stage window, Consumer<ArrivalNotice> open) {
        this(window, open, () -> window.isFocused() && !window.isIconified());
    }

    /** @param sellerIsLooking whether RelayDesk is the window in front (a test's window system has no focus to give) */
    ArrivalNotifications(Stage window, Consumer<ArrivalNotice> open, BooleanSupplier sellerIsLooking) {
        this.window = window;
        this.open = open;
        this.sellerIsLooking = sellerIsLooking;
    }

    void arrived(ArrivalNotice notice) {
        if (notice == null || sellerIsLooking.getAsBoolean()) {
            return;
        }
        Notifications.create()
                .owner(ScreenFit.screenOf(window)) // in the screen's corner, where the desktop's own notices appear
                .title(notice.title())
                .text(notice.text())
                .hideAfter(SHOWN_FOR)
                .onAction(clicked -> {
                    window.setIconified(false);
                    window.toFront();
                    window.requestFocus();
                    open.accept(notice);
                })
                .show();
    }
}
