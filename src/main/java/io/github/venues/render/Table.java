package io.github.venues.render;

import java.util.List;

/**
 * A table of one kind of venue.
 *
 * @param id            {@code journals} or {@code conferences}: the element id and URL-state prefix
 * @param countTemplate e.g. {@code {shown} of {total} journals}
 * @param count         the template filled in for the whole list, shown without JavaScript
 * @param rowsHtml      the first {@link Pages#FIRST_ROWS} rows, as HTML (see {@link RowsHtml})
 * @param restHtml      the other rows, as HTML for a {@code <template>}, or {@code ""}
 * @param moreTemplate  the "show more" button's text, e.g. {@code Show more ({rest} not shown yet)}
 * @param longListNote  what a reader without JavaScript is told when rows are left out, or {@code null}
 */
public record Table(String id, String caption, String countTemplate, String count,
                    List<Column> columns, List<Row> rows, String rowsHtml, String restHtml,
                    String moreTemplate, String longListNote) {
}
