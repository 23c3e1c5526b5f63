package io.github.venues.render;

import java.util.List;

/**
 * A table of one kind of venue.
 *
 * @param id            {@code journals} or {@code conferences}: the element id and URL-state prefix
 * @param countTemplate e.g. {@code {shown} of {total} journals}
 * @param count         the template filled in for the whole list, shown without JavaScript
 * @param rowsHtml      the rows, as HTML (see {@link RowsHtml})
 */
public record Table(String id, String caption, String countTemplate, String count,
                    List<Column> columns, List<Row> rows, String rowsHtml) {
}
