package com.relaydesk.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** Every icon the UI shows, in one place, so the set stays consistent. */
public enum AppIcon {
    RESPONSE_NEEDED(MaterialDesignI.INBOX_ARROW_DOWN),
    SENT(MaterialDesignS.SEND_CHECK),
    ALL_MAIL(MaterialDesignE.EMAIL_MULTIPLE_OUTLINE),
    NO_RESPONSE_NEEDED(MaterialDesignE.EMAIL_CHECK_OUTLINE),
    REPORTED(MaterialDesignA.ALERT_OCTAGON_OUTLINE),
    SYNC(MaterialDesignS.SYNC),
    OFFLINE(MaterialDesignC.CLOUD_OFF_OUTLINE),
    ONLINE(MaterialDesignC.CLOUD_CHECK_OUTLINE),
    EMPTY_INBOX(MaterialDesignI.INBOX),
    READING(MaterialDesignE.EMAIL_OPEN_OUTLINE),
    MENU(MaterialDesignM.MENU),
    DASHBOARD(MaterialDesignC.CHART_BAR),
    DARK_MODE(MaterialDesignT.THEME_LIGHT_DARK),
    ATTACHMENT(MaterialDesignP.PAPERCLIP);

    private final Ikon ikon;

    AppIcon(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon graphic() {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }
}
