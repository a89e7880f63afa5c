package com.relaydesk.ui.common;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

/** Lists whose rows open something: a double-click or Enter on the selected row does it. */
public final class ListOpening {

    private ListOpening() {
    }

    /** Runs {@code open} on a double-click or Enter; the row is the list's selection. */
    public static void onOpen(ListView<?> list, Runnable open) {
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.run();
            }
        });
    }
}
