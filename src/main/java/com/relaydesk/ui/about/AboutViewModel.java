package com.relaydesk.ui.about;

import com.relaydesk.platform.AppInfo;

/** The facts the About dialog shows. */
public final class AboutViewModel {

    private final AppInfo info;

    public AboutViewModel(AppInfo info) {
        this.info = info;
    }

    public String title() {
        return "About " + info.name();
    }

    public String nameAndVersion() {
        return info.name() + " " + info.version();
    }

    public String tagline() {
        return "A desktop inbox for marketplace sellers: triage buyer messages fast, "
                + "and check every reply against the relay rules before it goes.";
    }

    public String javaVersion() {
        return "Java " + info.javaVersion();
    }

    public String dataFolder() {
        return info.dataFolder().toString();
    }

    public String logFile() {
        return info.logFile().toString();
    }

    public String license() {
        return "Apache License 2.0";
    }
}
