package io.github.venues.model;

import java.util.Comparator;
import java.util.List;

/**
 * The validated list: everything the outputs are rendered from. Venues are held in the
 * default reading order: h5-index descending (unknown last), then name, then id.
 */
public record Catalog(Site site, List<Venue> journals, List<Venue> conferences) {

    /** h5-index descending with unknowns last, then name (case-insensitive), then id. */
    public static final Comparator<Venue> DEFAULT_ORDER = Comparator
            .comparing(Venue::h5Index, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
            .thenComparing(Venue::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Venue::id);

    public Catalog {
        journals = journals.stream().sorted(DEFAULT_ORDER).toList();
        conferences = conferences.stream().sorted(DEFAULT_ORDER).toList();
    }

    public List<Venue> venues(Kind kind) {
        return kind == Kind.JOURNAL ? journals : conferences;
    }

    public int size() {
        return journals.size() + conferences.size();
    }
}
