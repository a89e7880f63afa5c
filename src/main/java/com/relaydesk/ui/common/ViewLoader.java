package com.relaydesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads FXML from the {@code fxml/} resources with controllers built by the application's
 * wiring (constructor injection of their view models), includes too.
 */
public final class ViewLoader {

    private final Map<Class<?>, Supplier<?>> controllers;

    public ViewLoader(Map<Class<?>, Supplier<?>> controllers) {
        this.controllers = Map.copyOf(controllers);
    }

    /** Loads {@code /fxml/<path>}, e.g. {@code shell/MainWindow.fxml}. */
    public Parent load(String path) {
        URL location = ViewLoader.class.getResource("/fxml/" + path);
        if (location == null) {
            throw new IllegalStateException("missing FXML resource /fxml/" + path);
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setControllerFactory(this::controllerFor);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load /fxml/" + path, e);
        }
    }

    private Object controllerFor(Class<?> type) {
        Supplier<?> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("no controller wired for " + type.getName());
        }
        return supplier.get();
    }
}
