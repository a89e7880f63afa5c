package com.relaydesk.ui.messages;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/**
 * The top line of a message row (E1): the buyer's name, the order ID and, at the right, the time.
 * The order ID shows whole or not at all, and the name gives way to it down to
 * {@value #NAME_SHORTEST_EM} em (80 pixels at 100 %); only a list narrower still leaves the order ID
 * out (it is in the subject and the reading pane as well). In a 1024-pixel window an HBox's even squeeze had left
 * "Jack Wil…" and "111-1514955-47…": a name cut short and an order ID no one can use.
 */
final class NameFirstLine extends Pane {

    private static final double GAP = 8;
    /** In em of the name's font, so larger text keeps as much of the name. */
    static final double NAME_SHORTEST_EM = 6.15;

    private final Label name;
    private final Label order;
    private final Label time;

    NameFirstLine(Label name, Label order, Label time) {
        super(name, order, time);
        this.name = name;
        this.order = order;
        this.time = time;
    }

    /** The least width the name gives way to the order ID, in pixels. */
    static double nameShortest(Label name) {
        return NAME_SHORTEST_EM * name.getFont().getSize();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + name.prefWidth(-1) + GAP + order.prefWidth(-1) + GAP + time.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        return getInsets().getLeft() + time.prefWidth(-1) + getInsets().getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + Math.max(name.prefHeight(-1), Math.max(order.prefHeight(-1), time.prefHeight(-1)))
                + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double width = getWidth() - in.getLeft() - in.getRight();
        double height = getHeight() - in.getTop() - in.getBottom();
        double timeWidth = time.prefWidth(-1);
        double left = Math.max(0, width - timeWidth - GAP);
        double namePref = name.prefWidth(-1);
        double orderWidth = order.prefWidth(-1);
        double nameShortest = nameShortest(name);
        boolean orderFits = !order.getText().isEmpty() && Math.min(namePref, nameShortest) + GAP + orderWidth <= left;
        double nameWidth = Math.min(namePref, orderFits ? left - GAP - orderWidth : left);
        order.setVisible(orderFits);
        layoutInArea(name, x, y, nameWidth, height, 0, HPos.LEFT, VPos.TOP);
        layoutInArea(order, x + nameWidth + GAP, y, orderFits ? orderWidth : 0, height, 0, HPos.LEFT, VPos.TOP);
        layoutInArea(time, x + width - timeWidth, y, timeWidth, height, 0, HPos.RIGHT, VPos.TOP);
    }
}
