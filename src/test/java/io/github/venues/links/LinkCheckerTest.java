package io.github.venues.links;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The link checker against a local server: nothing here reaches the internet. */
class LinkCheckerTest {

    static HttpServer server;
    static String base;
    static final AtomicInteger flakyCalls = new AtomicInteger();
    static final AtomicInteger inFlight = new AtomicInteger();
    static final AtomicInteger mostInFlight = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/ok", ex -> respond(ex, 200, null));
        server.createContext("/moved", ex -> respond(ex, 301, "/ok"));
        server.createContext("/chain", ex -> respond(ex, 302, "/moved"));
        server.createContext("/loop", ex -> respond(ex, 302, "/loop"));
        server.createContext("/missing", ex -> respond(ex, 404, null));
        server.createContext("/broken", ex -> respond(ex, 500, null));
        server.createContext("/get-only", ex -> respond(ex, ex.getRequestMethod().equals("HEAD") ? 405 : 200, null));
        server.createContext("/flaky", ex -> respond(ex, flakyCalls.incrementAndGet() == 1 ? 503 : 200, null));
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(ex, 200, null);
        });
        server.createContext("/counted", ex -> {
            int now = inFlight.incrementAndGet();
            mostInFlight.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            respond(ex, 200, null);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static void respond(com.sun.net.httpserver.HttpExchange ex, int status, String location) throws IOException {
        if (location != null) ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(status, -1);
        ex.close();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static LinkStatus check(String path) {
        return new LinkChecker(Duration.ofSeconds(1), 4, Duration.ofMillis(10)).check(List.of(base + path)).get(0);
    }

    @Test
    void aPageThatAnswers200IsOk() {
        LinkStatus s = check("/ok");
        assertEquals(LinkStatus.Verdict.OK, s.verdict());
        assertEquals(200, s.status());
        assertNull(s.location());
        assertEquals(1, s.tries());
    }

    @Test
    void aRedirectIsFollowedAndReportedWithWhereItLeads() {
        LinkStatus s = check("/chain");
        assertEquals(LinkStatus.Verdict.REDIRECTED, s.verdict());
        assertEquals(base + "/ok", s.location());
    }

    @Test
    void notFoundAndServerErrorsAreDeadAfterTwoTries() {
        LinkStatus missing = check("/missing");
        assertEquals(LinkStatus.Verdict.DEAD, missing.verdict());
        assertEquals(404, missing.status());
        assertEquals(2, missing.tries());
        LinkStatus broken = check("/broken");
        assertEquals(LinkStatus.Verdict.DEAD, broken.verdict());
        assertEquals(500, broken.status());
    }

    @Test
    void aFailureThatPassesOnTheSecondTryIsNotDead() {
        LinkStatus s = check("/flaky");
        assertEquals(LinkStatus.Verdict.OK, s.verdict());
        assertEquals(2, s.tries());
    }

    @Test
    void aSlowPageTimesOutAndIsUnreachable() {
        LinkStatus s = check("/slow");
        assertEquals(LinkStatus.Verdict.DEAD, s.verdict());
        assertTrue(s.unreachable());
        assertEquals("timed out after 1 s", s.error());
    }

    @Test
    void aServerThatRefusesHeadIsAskedWithGet() {
        assertEquals(LinkStatus.Verdict.OK, check("/get-only").verdict());
    }

    @Test
    void aRedirectLoopIsDead() {
        LinkStatus s = check("/loop");
        assertEquals(LinkStatus.Verdict.DEAD, s.verdict());
        assertEquals("more than 5 redirects", s.error());
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        LinkStatus s = new LinkChecker(Duration.ofSeconds(1), 1, Duration.ofMillis(10))
                .check(List.of("http://127.0.0.1:" + closed + "/")).get(0);
        assertEquals(LinkStatus.Verdict.DEAD, s.verdict());
        assertTrue(s.unreachable());
        assertEquals("connection refused", s.error());
    }

    @Test
    void noMoreThanTheParallelLimitRunAtOnceAndResultsKeepTheirOrder() {
        mostInFlight.set(0);
        List<String> urls = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) urls.add(base + "/counted?" + i);
        List<LinkStatus> statuses = new LinkChecker(Duration.ofSeconds(5), 3, Duration.ofMillis(10)).check(urls);
        assertEquals(urls, statuses.stream().map(LinkStatus::url).toList());
        assertTrue(statuses.stream().allMatch(s -> s.verdict() == LinkStatus.Verdict.OK));
        assertTrue(mostInFlight.get() <= 3, "at most 3 at once, saw " + mostInFlight.get());
        assertTrue(mostInFlight.get() >= 2, "checks ran concurrently, saw " + mostInFlight.get());
    }
}
