package io.github.venues.preview;

import io.github.venues.pipeline.Builder;
import io.github.venues.pipeline.Result;
import io.github.venues.write.AtomicWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * A running preview: builds once, serves the result, and rebuilds on every change to the
 * content or templates folders until closed. Each build is also written to the output folder
 * (atomically) so that what is served is what {@code build} would publish.
 */
public final class Preview implements AutoCloseable {

    /** Hears about each build: for the terminal. */
    public interface Reporter {
        /** @param changes how many files changed since the last build (0 for the first) */
        void built(Result result, long millis, int changes, IOException writeFailure);
    }

    private final Builder builder;
    private final Path templates;
    private final Path out;
    private final Reporter reporter;
    private final PreviewServer server;
    private final Watcher watcher;
    private final CountDownLatch closed = new CountDownLatch(1);

    private Preview(Builder builder, Path content, Path templates, Path out, int port, Reporter reporter) throws IOException {
        this.builder = builder;
        this.templates = templates.toAbsolutePath().normalize();
        this.out = out;
        this.reporter = reporter;
        this.server = new PreviewServer(port);
        try {
            this.watcher = new Watcher(List.of(content, templates));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Builds, starts serving on 127.0.0.1:{@code port} (0: any free port) and starts watching. */
    public static Preview start(Builder builder, Path content, Path templates, Path out, int port, Reporter reporter) throws IOException {
        Preview preview = new Preview(builder, content, templates, out, port, reporter);
        preview.rebuild(Set.of());
        Thread watching = new Thread(() -> preview.watcher.run(preview::rebuild), "preview-watch");
        watching.setDaemon(true);
        watching.start();
        return preview;
    }

    public int port() {
        return server.port();
    }

    /** Increases with every build or error published; open pages reload when it changes. */
    public long version() {
        return server.version();
    }

    private synchronized void rebuild(Set<Path> changed) {
        if (changed.stream().anyMatch(p -> p.toAbsolutePath().normalize().startsWith(templates))) {
            builder.templatesChanged();
        }
        long start = System.nanoTime();
        Result result = builder.run(true, false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        IOException writeFailure = null;
        if (result.ok()) {
            server.publish(result.site());
            try {
                AtomicWriter.replaceFolder(out, result.site());
            } catch (IOException e) {
                writeFailure = e;
            }
        } else {
            server.publishErrors(result.problems());
        }
        reporter.built(result, millis, changed.size(), writeFailure);
    }

    /** Blocks until {@link #close()} is called (from a shutdown hook, on Ctrl-C). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server.close();
            closed.countDown();
        }
    }
}
