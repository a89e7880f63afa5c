package com.relaydesk.ui.demo;

import com.relaydesk.inbox.MailboxSession;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * "Start the demo over…": offered only while the offline demo is open (the demo keeps itself
 * from one run to the next, so this is the way back to a fresh shop). Says what is lost, then
 * has the app close the demo, forget its saved state and open a fresh one.
 */
public final class StartDemoOverViewModel {

    static final String CONFIRMATION = "The demo shop goes back to a fresh start, with new dates. Your No Response "
            + "Needed and Report marks, the replies you sent or drafted and the messages that arrived since are gone. Your templates and "
            + "signature stay.";

    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final Runnable startOver;

    /** @param startOver closes the demo, forgets it and opens a fresh one (called on the UI thread) */
    public StartDemoOverViewModel(Runnable startOver) {
        this.startOver = startOver;
    }

    /** A mailbox was opened: the demo offers to start over, a connected mailbox does not. */
    public void follow(MailboxSession opened) {
        available.set(opened.isDemo());
    }

    public String confirmation() {
        return CONFIRMATION;
    }

    /** Once confirmed; not again until the fresh demo is open. */
    public void startOver() {
        if (available.get()) {
            available.set(false);
            startOver.run();
        }
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }
}
