package io.github.venues.render;

/**
 * A column heading.
 *
 * @param key      short name used in the page's URL state ({@code h5}, {@code if}, ...)
 * @param sortType {@code number} when the sort keys compare as numbers, else {@code text}
 * @param numeric  holds figures: right-aligned
 * @param ariaSort {@code descending} on the column the table is sorted by, else {@code null}
 */
public record Column(String key, String label, String sortType, boolean numeric, String ariaSort) {
}
