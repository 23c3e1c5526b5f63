package io.github.venues.validate;

import io.github.venues.model.Catalog;
import io.github.venues.problem.Problem;

import java.util.List;

/**
 * The outcome of validating a content folder.
 *
 * @param problems every problem found, errors, warnings and notes, in file/line order
 * @param catalog  the model, present only when there is no error
 */
public record Validation(List<Problem> problems, Catalog catalog) {

    public Validation {
        problems = problems.stream().sorted(Problem.ORDER).toList();
    }

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
