package io.github.venues.render;

import io.github.venues.model.Text;
import io.github.venues.model.Vocabulary;

/**
 * One table cell as the site shows it.
 *
 * @param text    what the reader sees; {@code null} when the value is unknown
 * @param sort    the key the page's script sorts by, or {@code null} when unknown (sorts last)
 * @param numeric right-aligned, sorted as a number
 * @param stale   the edition's name when this figure is older than the list's edition (shown as a
 *                superscript year), else {@code null}
 * @param staleYear the year of that older edition, or {@code null}
 */
public record Cell(String text, String sort, boolean numeric, String stale, String staleYear) {

    Cell(String text, String sort, boolean numeric) {
        this(text, sort, numeric, null, null);
    }

    /** The same cell marked as taken from an older edition. */
    Cell olderEdition(Text editionName, int year, int listYear, String lang) {
        if (text == null || year >= listYear) return this;
        return new Cell(text, sort, numeric, Vocabulary.edition(editionName, year, lang), String.valueOf(year));
    }

    public boolean unknown() {
        return text == null;
    }
}
