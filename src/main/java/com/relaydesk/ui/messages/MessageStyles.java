package com.relaydesk.ui.messages;

import com.relaydesk.rules.ResponseClock.Urgency;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/** The CSS pseudo-classes the message list uses, defined once (see css/messages.css). */
final class MessageStyles {

    static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");

    private MessageStyles() {
    }

    /** Sets exactly one of :calm, :amber, :red, :overdue on the node. */
    static void applyUrgency(Node node, Urgency urgency) {
        for (Urgency each : Urgency.values()) {
            node.pseudoClassStateChanged(pseudoClass(each), each == urgency);
        }
    }

    private static PseudoClass pseudoClass(Urgency urgency) {
        return PseudoClass.getPseudoClass(urgency.name().toLowerCase(Locale.ROOT));
    }
}
