package com.relaydesk.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The RFC 8252 loopback redirect: a tiny HTTP server on 127.0.0.1 (a free port, never on the
 * network) that waits for the browser to bring back the authorization response, once.
 */
final class LoopbackRedirect implements AutoCloseable {

    private final HttpServer server;
    private final CompletableFuture<Map<String, String>> answer = new CompletableFuture<>();

    private LoopbackRedirect(HttpServer server) {
        this.server = server;
    }

    static LoopbackRedirect start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LoopbackRedirect redirect = new LoopbackRedirect(server);
            server.createContext("/", redirect::handle);
            server.start();
            return redirect;
        } catch (IOException e) {
            throw new OAuthException("RelayDesk could not open a port on this computer to receive the sign-in ("
                    + e.getMessage() + "). Check that local connections are allowed, then try again.", e, false);
        }
    }

    URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The query parameters of the first authorization response. */
    Map<String, String> await(Duration timeout) {
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new OAuthException("The sign-in did not finish within " + timeout.toMinutes() + " minutes. Start it "
                    + "again and complete it in the browser window that opens.", e, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OAuthException("The sign-in was cancelled.", e, false);
        } catch (ExecutionException e) {
            throw new OAuthException("The sign-in answer could not be read. Try again.", e, false);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            boolean authorizationResponse = "GET".equals(exchange.getRequestMethod())
                    && "/".equals(exchange.getRequestURI().getPath())
                    && (query.containsKey("code") || query.containsKey("error"));
            if (!authorizationResponse || answer.isDone()) {
                respond(exchange, 404, "Nothing here.");
                return;
            }
            answer.complete(query);
            respond(exchange, 200, query.containsKey("code")
                    ? "RelayDesk received the sign-in. You can close this tab and go back to RelayDesk."
                    : "The sign-in did not complete. Go back to RelayDesk to see why.");
        }
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = ("<!doctype html><meta charset=utf-8><title>RelayDesk</title><p>" + text + "</p>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(key, value);
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
