package io.github.venues.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Runs independent rendering jobs on the common pool and gathers their outputs in job order. */
public final class Parallel {

    private Parallel() {
    }

    /** A job's {@link RenderException} (or any other) is rethrown as it was, not wrapped. */
    public static <T> List<T> flatten(List<Supplier<List<T>>> jobs) {
        List<CompletableFuture<List<T>>> running = jobs.stream().map(CompletableFuture::supplyAsync).toList();
        List<T> all = new ArrayList<>();
        for (CompletableFuture<List<T>> job : running) {
            all.addAll(join(job));
        }
        return all;
    }

    /** Waits for a job; its exception is rethrown as it was, not wrapped. */
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
