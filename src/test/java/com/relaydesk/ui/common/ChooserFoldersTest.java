package com.relaydesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChooserFoldersTest {

    @TempDir
    Path home;

    @Test
    void theDownloadsFolderIsTheOneTheDesktopNamesInItsLanguage() throws Exception {
        Path translated = Files.createDirectories(home.resolve("Téléchargements"));
        Files.createDirectories(home.resolve("Downloads"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"),
                "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Bureau\"\nXDG_DOWNLOAD_DIR=\"$HOME/Téléchargements\"\n");
        assertEquals(Optional.of(translated), ChooserFolders.downloads(home));
    }

    @Test
    void withoutTheDesktopsNamesItIsDownloadsAndWithoutThatNone() throws Exception {
        assertEquals(Optional.empty(), ChooserFolders.downloads(home));
        Path downloads = Files.createDirectories(home.resolve("Downloads"));
        assertEquals(Optional.of(downloads), ChooserFolders.downloads(home));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "XDG_DOWNLOAD_DIR=\"$HOME/Gone\"\n");
        assertEquals(Optional.of(downloads), ChooserFolders.downloads(home), "a named folder that was deleted");
    }

    @Test
    void eachPurposeOpensWhereItsLastFileWasChosen() throws Exception {
        Path reports = Files.createDirectories(home.resolve("reports"));
        Path photos = Files.createDirectories(home.resolve("photos"));
        ChooserFolders.chosen(ChooserFolders.Purpose.ORDERS_REPORT, reports.resolve("12345.txt").toFile());
        ChooserFolders.chosen(ChooserFolders.Purpose.ATTACH_FILES, photos.resolve("parcel.jpg").toFile());
        ChooserFolders.chosen(ChooserFolders.Purpose.ORDERS_REPORT, null); // cancelled: nothing changes

        FileChooser orders = new FileChooser();
        ChooserFolders.startIn(orders, ChooserFolders.Purpose.ORDERS_REPORT);
        assertEquals(reports.toFile(), orders.getInitialDirectory());
        FileChooser attach = new FileChooser();
        ChooserFolders.startIn(attach, ChooserFolders.Purpose.ATTACH_FILES);
        assertEquals(photos.toFile(), attach.getInitialDirectory());
    }
}
