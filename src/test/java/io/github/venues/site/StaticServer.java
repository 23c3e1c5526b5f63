package io.github.venues.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves a built site folder on 127.0.0.1 with an ephemeral port, as GitHub Pages would: content
 * types by extension, {@code /dir/} serves {@code /dir/index.html}, {@code /dir} redirects to
 * {@code /dir/}, and a missing file gets {@code 404.html} with status 404.
 */
final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json",
            "csv", "text/csv; charset=utf-8",
            "xml", "application/xml",
            "png", "image/png",
            "svg", "image/svg+xml");

    private final Path root;
    private final HttpServer server;

    StaticServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT/} */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(), method);
                return;
            }
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 403, "text/plain; charset=utf-8", "forbidden".getBytes(), method);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    String query = exchange.getRequestURI().getRawQuery();
                    exchange.getResponseHeaders().set("Location", path + "/" + (query == null ? "" : "?" + query));
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (Files.isRegularFile(file)) {
                send(exchange, 200, type(file), Files.readAllBytes(file), method);
            } else {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "not found".getBytes();
                send(exchange, 404, "text/html; charset=utf-8", body, method);
            }
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, String method) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (method.equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
