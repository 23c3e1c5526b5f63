package io.github.venues.importer;

import io.github.venues.problem.Problem;

import java.util.List;

/**
 * What was read from a list's README.
 *
 * @param venues   every venue understood, in the README's order; a value that could not be understood is left out
 * @param problems what could not be understood (errors) or was skipped on purpose (warnings), in line order
 */
public record ImportedList(List<VenueDraft> venues, List<Problem> problems) {

    public ImportedList {
        venues = List.copyOf(venues);
        problems = problems.stream().sorted(Problem.ORDER).toList();
    }

    /** Whether something in the README could not be understood. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
