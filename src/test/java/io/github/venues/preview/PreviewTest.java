package io.github.venues.preview;

import io.github.venues.pipeline.Builder;
import io.github.venues.testing.ContentFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview server on 127.0.0.1: serves the build, rebuilds on change, shows errors, keeps running. */
class PreviewTest {

    @TempDir
    Path tmp;

    ContentFolder content;
    Preview preview;
    final List<String> log = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        content = ContentFolder.withSite(tmp.resolve("project"))
                .journal("tmi.yaml", "name: IEEE Transactions on Medical Imaging\nabbr: TMI\nh5_index: 85\n");
        preview = Preview.start(new Builder(content.content(), Path.of("templates"), true), content.content(),
                Path.of("templates"), tmp.resolve("out"), 0,
                (result, millis, changes, failure) -> log.add((result.ok() ? "ok " : "failed ") + changes));
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits (long-polling like the page does) until a build newer than {@code since} is published. */
    long awaitNewBuild(long since) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long now = since;
        while (now == since && System.nanoTime() < deadline) {
            now = Long.parseLong(get(PreviewServer.PREFIX + "version?since=" + since).body().trim());
        }
        assertTrue(now > since, "no rebuild within 20 s");
        return now;
    }

    @Test
    void servesBothPagesWithTheReloadScriptAndAllowsItsPoll() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("IEEE Transactions on Medical Imaging"));
        assertTrue(page.body().contains("<script src=\"/__venues/reload.js?v="));
        assertTrue(page.body().contains("connect-src 'self'"), "the page's CSP must let the reload poll through");
        assertEquals(200, get("/zh/").statusCode());
        assertEquals(301, get("/zh").statusCode());
        assertEquals(404, get("/nothing-here").statusCode());
        assertEquals(200, get("/venues.json").statusCode());
        assertEquals(List.of("ok 0"), log);
        assertTrue(Files.isRegularFile(tmp.resolve("out/index.html")), "each good build is written out too");
    }

    @Test
    void aChangedFileIsRebuiltAndServed() throws Exception {
        long before = preview.version();
        content.journal("tmi.yaml", "name: IEEE Transactions on Medical Imaging\nabbr: TMI\nh5_index: 99\n");
        awaitNewBuild(before);
        assertTrue(get("/").body().contains(">99</td>"));
    }

    @Test
    void aBrokenFileShowsItsLocatedErrorOnThePageAndTheServerKeepsRunning() throws Exception {
        long v1 = preview.version();
        content.journal("tmi.yaml", "name: IEEE Transactions on Medical Imaging\nh5_index: eighty\n");
        long v2 = awaitNewBuild(v1);
        String page = get("/").body();
        assertTrue(page.contains("journals/tmi.yaml:2:11: error: h5_index must be a whole number ≥ 0, got &quot;eighty&quot;"), page);
        assertTrue(page.contains("/__venues/reload.js?v=" + v2), "the error page reloads itself when fixed");
        assertEquals(200, get("/venues.json").statusCode(), "data of the last good build is still served");

        content.journal("tmi.yaml", "name: IEEE Transactions on Medical Imaging\nh5_index: 80\n");
        awaitNewBuild(v2);
        String fixed = get("/").body();
        assertFalse(fixed.contains("error:"));
        assertTrue(fixed.contains(">80</td>"));
        assertTrue(log.get(log.size() - 1).startsWith("ok "), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("failed ")), log.toString());
    }

    @Test
    void closingStopsServing() {
        int port = preview.port();
        preview.close();
        assertThrowsIo(() -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    interface Call {
        void run() throws Exception;
    }

    static void assertThrowsIo(Call call) {
        try {
            call.run();
        } catch (IOException expected) {
            return;
        } catch (Exception e) {
            throw new AssertionError("expected an IOException, got " + e, e);
        }
        throw new AssertionError("the server still answered after close()");
    }
}
