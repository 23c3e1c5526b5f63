package io.github.venues.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One journal or conference. A {@code null} field means the value is unknown (the key was absent
 * in its file). Journal-only fields ({@code impactFactor}, {@code cas}) are always null for
 * conferences.
 *
 * @param id           the file name without extension, a slug such as {@code tmi}
 * @param impactFactor exactly as written: {@code 5.2230} keeps its scale
 * @param editions     the editions of this venue's figures: the list's, overridden by the venue's own
 * @param source       the file it came from, relative to the project, for messages
 */
public record Venue(
        String id,
        Kind kind,
        String name,
        String abbr,
        String homepage,
        BigDecimal impactFactor,
        Cas cas,
        Integer h5Index,
        Ccf ccf,
        Editions editions,
        String source) {

    public Venue {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        Objects.requireNonNull(editions);
    }

    /** {@code IEEE Transactions on Medical Imaging (TMI)}, or the name alone. */
    public String displayName() {
        return abbr == null ? name : name + " (" + abbr + ")";
    }
}
