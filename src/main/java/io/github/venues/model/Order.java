package io.github.venues.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * The reading order of the tables on the site and in the README ({@code order} in
 * {@code site.yaml}). Unknown values come last; ties are broken by name, then id.
 */
public enum Order {
    /** h5-index, highest first: the default. */
    H5_INDEX("h5_index", "h5", true),
    /** Name, A to Z. */
    NAME("name", "name", false),
    /** Impact factor, highest first (conferences, which have none, fall back to the h5-index). */
    IMPACT_FACTOR("impact_factor", "if", true);

    private static final Comparator<Venue> BY_NAME = Comparator.comparing(Venue::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Venue::id);

    private final String id;
    private final String column;
    private final boolean descending;

    Order(String id, String column, boolean descending) {
        this.id = id;
        this.column = column;
        this.descending = descending;
    }

    /** The value written in {@code site.yaml}. */
    public String id() {
        return id;
    }

    /** The key of the table column this order sorts by ({@code h5}, {@code name}, {@code if}). */
    public String column(Kind kind) {
        return this == IMPACT_FACTOR && kind == Kind.CONFERENCE ? H5_INDEX.column : column;
    }

    public boolean descending() {
        return descending;
    }

    public Comparator<Venue> comparator(Kind kind) {
        return switch (this == IMPACT_FACTOR && kind == Kind.CONFERENCE ? H5_INDEX : this) {
            case H5_INDEX -> Comparator.comparing(Venue::h5Index, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
                    .thenComparing(BY_NAME);
            case NAME -> BY_NAME;
            case IMPACT_FACTOR -> Comparator.comparing(Venue::impactFactor, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                    .thenComparing(BY_NAME);
        };
    }

    public static Optional<Order> byId(String id) {
        return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst();
    }
}
