package io.github.venues.model;

import java.util.Comparator;
import java.util.List;

/**
 * The validated list: everything the outputs are rendered from. Venues are held in the list's
 * reading order ({@link Site#order()}; by default h5-index descending, unknown last, then name, then id).
 */
public record Catalog(Site site, List<Venue> journals, List<Venue> conferences) {

    /** h5-index descending with unknowns last, then name (case-insensitive), then id. */
    public static final Comparator<Venue> DEFAULT_ORDER = Order.H5_INDEX.comparator(Kind.JOURNAL);

    public Catalog {
        journals = journals.stream().sorted(site.order().comparator(Kind.JOURNAL)).toList();
        conferences = conferences.stream().sorted(site.order().comparator(Kind.CONFERENCE)).toList();
    }

    public List<Venue> venues(Kind kind) {
        return kind == Kind.JOURNAL ? journals : conferences;
    }

    public int size() {
        return journals.size() + conferences.size();
    }
}
