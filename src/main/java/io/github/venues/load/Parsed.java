package io.github.venues.load;

import io.github.venues.problem.Problem;

import java.util.List;

/**
 * The outcome of reading one file: a document (absent when the file could not be read as a
 * mapping at all) and the problems found while reading it.
 */
public record Parsed(YamlDocument document, List<Problem> problems) {

    public Parsed {
        problems = List.copyOf(problems);
    }

    public boolean hasDocument() {
        return document != null;
    }
}
