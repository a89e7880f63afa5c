package com.relaydesk.ui.status;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What the status bar says about the connection, the last sync and where data lives. */
public final class StatusBarViewModel {

    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("No mailbox connected");
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper("Never synced");
    private final ReadOnlyStringWrapper dataFolder = new ReadOnlyStringWrapper();

    public StatusBarViewModel(String dataFolderPath) {
        dataFolder.set("Data: " + dataFolderPath);
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataFolderProperty() {
        return dataFolder.getReadOnlyProperty();
    }
}
