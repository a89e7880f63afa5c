package com.relaydesk.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.inbox.MailboxSession;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StartDemoOverViewModelTest {

    /** A session that only says whether it is the demo: all this view model asks. */
    private static MailboxSession session(boolean demo) {
        return (MailboxSession) Proxy.newProxyInstance(MailboxSession.class.getClassLoader(),
                new Class<?>[] {MailboxSession.class}, (proxy, method, args) -> {
                    if (method.getName().equals("isDemo")) {
                        return demo;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void itIsOfferedOnTheDemoOnlyAndStartsOverOnceUntilTheFreshDemoIsOpen() {
        AtomicInteger startedOver = new AtomicInteger();
        StartDemoOverViewModel model = new StartDemoOverViewModel(startedOver::incrementAndGet);
        assertFalse(model.availableProperty().get(), "nothing open yet");

        model.follow(session(false));
        assertFalse(model.availableProperty().get(), "a connected mailbox has nothing to start over");
        model.startOver();
        assertEquals(0, startedOver.get());

        model.follow(session(true));
        assertTrue(model.availableProperty().get());
        model.startOver();
        model.startOver(); // a second click while the demo closes
        assertEquals(1, startedOver.get());
        assertFalse(model.availableProperty().get());

        model.follow(session(true));
        assertTrue(model.availableProperty().get(), "the fresh demo can start over again");
    }

    @Test
    void theConfirmationSaysWhatIsLostAndWhatStays() {
        String text = new StartDemoOverViewModel(() -> { }).confirmation();
        for (String word : new String[] {"No Response Needed and Report marks", "replies you sent", "templates"}) {
            assertTrue(text.contains(word), text);
        }
    }
}
