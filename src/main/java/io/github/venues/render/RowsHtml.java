package io.github.venues.render;

import org.unbescape.html.HtmlEscape;

import java.util.List;

/**
 * Writes the rows of a venue table as HTML. This one piece of markup is written in Java rather
 * than in {@code page.html}: a table row evaluated by Thymeleaf costs about forty expression
 * evaluations, which made 20,000 venues take seconds to render; here it is string appends.
 * Every value is escaped with the same escaper Thymeleaf's {@code th:text} uses (unbescape,
 * HTML4/XML: {@code & < > " '}).
 */
final class RowsHtml {

    private RowsHtml() {
    }

    /**
     * @param unknown the visually hidden word for an unknown value ("unknown" / "未知")
     */
    static String render(List<Row> rows, String unknown) {
        StringBuilder out = new StringBuilder(rows.size() * 420);
        String unknownHtml = "<span aria-hidden=\"true\">—</span><span class=\"sr-only\">" + esc(unknown) + "</span>";
        for (Row row : rows) {
            out.append("<tr id=\"v-").append(esc(row.id()))
                    .append("\" data-search=\"").append(esc(row.search()))
                    .append("\" data-ccf=\"").append(esc(row.ccf()))
                    .append("\" data-zone=\"").append(esc(row.zone()))
                    .append("\" data-cat=\"").append(esc(row.category())).append("\">");
            out.append("<th scope=\"row\" data-sort=\"").append(esc(row.nameSort())).append("\">");
            // Validation allows only http(s) homepages; a model built otherwise still gets no other link.
            if (WebAddress.isWeb(row.homepage())) {
                out.append("<a href=\"").append(esc(row.homepage())).append("\" rel=\"noopener noreferrer\">")
                        .append(esc(row.name())).append("</a>");
            } else {
                out.append("<span>").append(esc(row.name())).append("</span>");
            }
            if (row.abbr() != null) out.append(" <abbr>").append(esc(row.abbr())).append("</abbr>");
            out.append("</th>");
            for (Cell cell : row.cells()) {
                out.append(cell.numeric() ? "<td class=\"num\"" : "<td");
                if (cell.sort() != null) out.append(" data-sort=\"").append(esc(cell.sort())).append('"');
                out.append('>');
                if (cell.unknown()) {
                    out.append(unknownHtml);
                } else {
                    out.append(esc(cell.text()));
                }
                if (cell.stale() != null) {
                    out.append("<sup class=\"stale\" title=\"").append(esc(cell.stale())).append("\">")
                            .append(esc(cell.staleYear())).append("</sup>");
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.toString();
    }

    private static String esc(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }
}
