package com.relaydesk.oauth;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.UnaryOperator;

/**
 * Plays the user's browser: loads the sign-in page, follows the provider's redirect to the
 * loopback address — optionally tampered with, as an attacker's page might.
 */
public final class TestBrowser implements BrowserOpener {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final UnaryOperator<String> tamper;
    public volatile URI lastPage;

    public TestBrowser() {
        this(UnaryOperator.identity());
    }

    public TestBrowser(UnaryOperator<String> tamper) {
        this.tamper = tamper;
    }

    @Override
    public void open(URI page) throws Exception {
        lastPage = page;
        HttpResponse<String> consent = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        if (consent.statusCode() != 302) {
            throw new IllegalStateException("the sign-in page answered " + consent.statusCode() + ": " + consent.body());
        }
        URI back = URI.create(tamper.apply(consent.headers().firstValue("Location").orElseThrow()));
        HttpResponse<String> landing = http.send(HttpRequest.newBuilder(back).build(), HttpResponse.BodyHandlers.ofString());
        if (landing.statusCode() != 200) {
            throw new IllegalStateException("RelayDesk's loopback page answered " + landing.statusCode());
        }
    }
}
