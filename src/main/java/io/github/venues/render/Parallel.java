package io.github.venues.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs independent jobs (rendering, start-up work) on a small pool with one thread per core.
 * Not the common fork-join pool: on a 2-core machine that has a single worker, so jobs waited
 * for each other while the calling thread only blocked.
 */
public final class Parallel {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
                Thread thread = new Thread(runnable, "venues-worker");
                thread.setDaemon(true);
                return thread;
            });

    private Parallel() {
    }

    /** Starts a job now; {@link #join} waits for it. */
    public static <T> CompletableFuture<T> start(Supplier<T> job) {
        return CompletableFuture.supplyAsync(job, POOL);
    }

    /** Runs the jobs side by side and gathers their outputs in job order. */
    public static <T> List<T> flatten(List<Supplier<List<T>>> jobs) {
        List<CompletableFuture<List<T>>> running = jobs.stream().map(Parallel::start).toList();
        List<T> all = new ArrayList<>();
        for (CompletableFuture<List<T>> job : running) {
            all.addAll(join(job));
        }
        return all;
    }

    /** Waits for a job; its exception ({@link RenderException} or any other) is rethrown as it was, not wrapped. */
    public static <T> T join(CompletableFuture<T> job) {
        try {
            return job.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }
}
