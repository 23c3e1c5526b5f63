package io.github.venues.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Settings of the list as a whole, from {@code content/site.yaml}.
 *
 * @param baseUrl    where the site is published, ending in {@code /}
 * @param repository the source repository, or {@code null}
 * @param updated    when the data was last updated: the date shown to readers, never the clock
 * @param editions   the edition of each metric unless a venue overrides it
 * @param intro      the introduction, Markdown, from {@code intro.zh.md} / {@code intro.en.md} (may be empty)
 * @param notes      notes on reading the figures, Markdown, from {@code notes.*.md} (may be empty)
 * @param order      the tables' reading order on the site and in the README
 */
public record Site(Text title, Text description, String baseUrl, String repository,
                   LocalDate updated, Editions editions, Text intro, Text notes, Order order) {

    /** A list in the default order (h5-index descending). */
    public Site(Text title, Text description, String baseUrl, String repository,
                LocalDate updated, Editions editions, Text intro, Text notes) {
        this(title, description, baseUrl, repository, updated, editions, intro, notes, Order.H5_INDEX);
    }

    public Site {
        Objects.requireNonNull(title);
        Objects.requireNonNull(description);
        Objects.requireNonNull(baseUrl);
        Objects.requireNonNull(updated);
        Objects.requireNonNull(editions);
        Objects.requireNonNull(intro);
        Objects.requireNonNull(notes);
        Objects.requireNonNull(order);
    }
}
