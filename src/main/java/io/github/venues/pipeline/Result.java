package io.github.venues.pipeline;

import io.github.venues.model.Catalog;
import io.github.venues.problem.Problem;
import io.github.venues.render.Output;

import java.util.List;

/**
 * What a build produced, in memory.
 *
 * @param catalog {@code null} when there was an error (then nothing else was rendered)
 * @param site    the files of {@code site-output/}, empty unless asked for and ok
 * @param readme  the text of {@code README.md}, or {@code null}
 */
public record Result(List<Problem> problems, Catalog catalog, List<Output> site, String readme, Timings timings) {

    public boolean ok() {
        return catalog != null;
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    /** Warnings only: notes are not counted. */
    public long warningCount() {
        return problems.stream().filter(Problem::isWarning).count();
    }
}
