package io.github.venues.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.venues.problem.Problem;
import io.github.venues.render.Output;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves the latest build from memory on 127.0.0.1 and tells open pages to reload when a new
 * build (or a new set of errors) is published. While the content is broken, every page shows
 * the located errors instead.
 */
public final class PreviewServer implements AutoCloseable {

    static final String PREFIX = "/__venues/";
    /** How long a page's reload request waits for a change before asking again. */
    private static final long POLL_MILLIS = 20_000;

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json",
            "csv", "text/csv; charset=utf-8", "xml", "application/xml", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon");

    private final HttpServer http;
    private final Object changed = new Object();
    private volatile Map<String, byte[]> files = Map.of();
    private volatile List<Problem> errors = List.of();
    private volatile long version;

    public PreviewServer(int port) throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        http.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "preview-http");
            t.setDaemon(true);
            return t;
        }));
        http.createContext("/", this::handle);
        http.start();
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    public long version() {
        return version;
    }

    /** Serves this build from now on and reloads open pages. */
    public void publish(List<Output> outputs) {
        Map<String, byte[]> next = new HashMap<>();
        for (Output o : outputs) next.put(o.path(), o.bytes());
        files = Map.copyOf(next);
        errors = List.of();
        bump();
    }

    /** Shows these problems on every page (the last good build stays in memory) and reloads open pages. */
    public void publishErrors(List<Problem> problems) {
        errors = List.copyOf(problems);
        bump();
    }

    private void bump() {
        synchronized (changed) {
            version++;
            changed.notifyAll();
        }
    }

    @Override
    public void close() {
        http.stop(0);
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            if (path.equals(PREFIX + "reload.js")) {
                send(exchange, 200, "js", ReloadScript.TEXT.getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(PREFIX + "version")) {
                send(exchange, 200, "txt", String.valueOf(awaitChange(uri.getQuery())).getBytes(StandardCharsets.UTF_8));
            } else {
                serveFile(exchange, path);
            }
        }
    }

    private long awaitChange(String query) {
        long since = -1;
        if (query != null && query.startsWith("since=")) {
            try {
                since = Long.parseLong(query.substring(6));
            } catch (NumberFormatException ignored) {
                // an unknown version: answer at once
            }
        }
        long deadline = System.currentTimeMillis() + POLL_MILLIS;
        synchronized (changed) {
            while (version == since) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) break;
                try {
                    changed.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return version;
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        String name = path.startsWith("/") ? path.substring(1) : path;
        if (name.isEmpty() || name.endsWith("/")) name += "index.html";
        Map<String, byte[]> current = files;
        if (!current.containsKey(name) && current.containsKey(name + "/index.html")) {
            exchange.getResponseHeaders().set("Location", path + "/");
            send(exchange, 301, "txt", new byte[0]);
            return;
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (!errors.isEmpty() && extension.equals("html")) {
            send(exchange, 200, "html", ErrorPage.render(errors, version).getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body = current.get(name);
        if (body == null) {
            byte[] notFound = current.get("404.html");
            send(exchange, 404, "html", notFound == null ? "not found".getBytes(StandardCharsets.UTF_8) : withReload(notFound));
            return;
        }
        send(exchange, 200, extension, extension.equals("html") ? withReload(body) : body);
    }

    /** Adds the reload script to a page; its Content-Security-Policy must then allow the poll. */
    private byte[] withReload(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8)
                .replace("default-src 'none';", "default-src 'none'; connect-src 'self';");
        String tag = "<script src=\"" + PREFIX + "reload.js?v=" + version + "\"></script>";
        int end = html.lastIndexOf("</body>");
        html = end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "text/plain; charset=utf-8"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
