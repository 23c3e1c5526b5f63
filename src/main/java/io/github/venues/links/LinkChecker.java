package io.github.venues.links;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Checks web addresses concurrently (at most {@code parallel} at a time), following redirects
 * itself so that it can report where they lead. An address that fails is tried once more after
 * a pause; only an address that fails both times is dead.
 */
public final class LinkChecker {

    static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final Duration timeout;
    private final int parallel;
    private final Duration retryPause;

    public LinkChecker(Duration timeout, int parallel, Duration retryPause) {
        this.timeout = timeout;
        this.parallel = parallel;
        this.retryPause = retryPause;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Checks every address; the result is in the same order. */
    public List<LinkStatus> check(List<String> urls) {
        Semaphore slots = new Semaphore(parallel);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, urls.size())), r -> {
            Thread t = new Thread(r, "link-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<CompletableFuture<LinkStatus>> futures = new ArrayList<>();
            for (String url : urls) {
                futures.add(CompletableFuture.supplyAsync(() -> {
                    slots.acquireUninterruptibly();
                    try {
                        return checkWithRetry(url);
                    } finally {
                        slots.release();
                    }
                }, pool));
            }
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private LinkStatus checkWithRetry(String url) {
        LinkStatus first = checkOnce(url, 1);
        if (first.verdict() != LinkStatus.Verdict.DEAD) return first;
        try {
            Thread.sleep(retryPause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return first;
        }
        return checkOnce(url, 2);
    }

    private LinkStatus checkOnce(String url, int tries) {
        URI current;
        try {
            current = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new LinkStatus(url, LinkStatus.Verdict.DEAD, 0, null, "not a valid address", tries);
        }
        Answer answer = null;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            try {
                answer = request(current, "HEAD");
                if (answer.status == 405 || answer.status == 501 || answer.status == 403) {
                    answer = request(current, "GET"); // some servers refuse HEAD
                }
            } catch (HttpTimeoutException e) {
                return new LinkStatus(url, LinkStatus.Verdict.DEAD, 0, null, "timed out after " + timeout.toSeconds() + " s", tries);
            } catch (IOException e) {
                return new LinkStatus(url, LinkStatus.Verdict.DEAD, 0, null, describe(e), tries);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new LinkStatus(url, LinkStatus.Verdict.DEAD, 0, null, "interrupted", tries);
            }
            if (!answer.isRedirect()) break;
            current = current.resolve(answer.location);
        }
        String reached = current.toString();
        String location = reached.equals(url) ? null : reached;
        if (answer.status >= 200 && answer.status < 300) {
            return new LinkStatus(url, location == null ? LinkStatus.Verdict.OK : LinkStatus.Verdict.REDIRECTED,
                    answer.status, location, null, tries);
        }
        return new LinkStatus(url, LinkStatus.Verdict.DEAD, answer.status, location,
                answer.isRedirect() ? "more than " + MAX_REDIRECTS + " redirects" : null, tries);
    }

    private record Answer(int status, String location) {
        boolean isRedirect() {
            return status >= 300 && status < 400 && location != null;
        }
    }

    private Answer request(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(timeout)
                .header("User-Agent", "venues-link-check/1")
                .build();
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null));
    }

    private static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        if (e instanceof java.net.ConnectException) return "connection refused";
        if (e instanceof java.net.UnknownHostException || (e.getCause() instanceof java.net.UnknownHostException)) return "unknown host";
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }
}
