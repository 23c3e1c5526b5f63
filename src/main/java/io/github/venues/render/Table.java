package io.github.venues.render;

import java.util.List;

/**
 * A table of one kind of venue.
 *
 * @param id            {@code journals} or {@code conferences}: the element id and URL-state prefix
 * @param countTemplate e.g. {@code {shown} of {total} journals}
 * @param count         the template filled in for the whole list, shown without JavaScript
 * @param firstRows     how many rows the body starts with (all of them, or {@link Pages#FIRST_ROWS});
 *                      the script also shows this many more at a time
 * @param rowsHtml      those first rows, as HTML (see {@link RowsHtml})
 * @param restHtml      the other rows, as HTML for a {@code <template>}, or {@code ""}
 * @param moreTemplate  the "show more" button's text, e.g. {@code Show more ({rest} not shown yet)}
 * @param longListNote  what a reader without JavaScript is told when rows are left out, or {@code null}
 */
public record Table(String id, String caption, String countTemplate, String count,
                    List<Column> columns, List<Row> rows, int firstRows, String rowsHtml, String restHtml,
                    String moreTemplate, String longListNote) {
}
