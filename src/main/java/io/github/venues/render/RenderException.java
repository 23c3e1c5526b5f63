package io.github.venues.render;

import io.github.venues.problem.Problem;

/** A template could not be rendered; carries the located problem to report. */
public final class RenderException extends RuntimeException {

    private final Problem problem;

    public RenderException(Problem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
