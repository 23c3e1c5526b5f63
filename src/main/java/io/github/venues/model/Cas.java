package io.github.venues.model;

import java.util.Objects;

/** A CAS (中科院) partition: a broad category and a zone from 1 (top ~5 %) to 4. */
public record Cas(CasCategory category, int zone) {

    public Cas {
        Objects.requireNonNull(category);
        if (zone < 1 || zone > 4) throw new IllegalArgumentException("zone " + zone);
    }

    /** {@code 工程技术 1区} / {@code Engineering & Technology, zone 1}. */
    public Text label() {
        Text z = Vocabulary.zone(zone);
        return new Text(category.label().zh() + " " + z.zh(), category.label().en() + ", " + z.en().toLowerCase(java.util.Locale.ROOT));
    }
}
