package io.github.venues.importer;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.venues.model.Kind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code <table>}s of one raw HTML block of a README with jsoup. Positions jsoup
 * tracks in the block's text are mapped back to the README, so every cell has its line and column.
 */
final class HtmlTables {

    private HtmlTables() {
    }

    /**
     * @param block    the HTML block's text, based on the whole README
     * @param headings the headings above the block; headings inside it ({@code <h2>}) are added as they come
     */
    static List<SourceTable> read(BasedSequence block, Headings headings, LineIndex lines) {
        Document doc = Jsoup.parse(block.toString(), "", Parser.htmlParser().setTrackPosition(true));
        List<SourceTable> tables = new ArrayList<>();
        for (Element e : doc.select("h1, h2, h3, h4, h5, h6, table")) {
            if (!e.normalName().equals("table")) {
                headings.add(e.normalName().charAt(1) - '0', e.text());
                continue;
            }
            if (e.parents().stream().anyMatch(p -> p.normalName().equals("table"))) continue;
            List<Element> rows = rowsOf(e);
            if (rows.isEmpty()) continue;
            List<List<SourceCell>> data = new ArrayList<>();
            for (Element row : rows.subList(1, rows.size())) {
                data.add(cells(row, block, lines));
            }
            tables.add(new SourceTable(headings.kind(), cells(rows.get(0), block, lines), data,
                    lines.at(offset(e, false, block))));
        }
        return tables;
    }

    /** The table's own rows (not those of tables nested in its cells), header first. */
    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> child.children().stream()
                        .filter(r -> r.normalName().equals("tr")).forEach(rows::add);
                default -> { }
            }
        }
        return rows;
    }

    private static List<SourceCell> cells(Element row, BasedSequence block, LineIndex lines) {
        List<SourceCell> cells = new ArrayList<>();
        for (Element cell : row.children()) {
            if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) continue;
            Element link = cell.selectFirst("a[href]");
            cells.add(new SourceCell(cell.text(), link == null ? null : link.attr("href"),
                    lines.atContent(offset(cell, true, block))));
        }
        return cells;
    }

    /** Offset in the README of an element's start tag, or of its content when {@code content}. */
    private static int offset(Element e, boolean content, BasedSequence block) {
        Range range = e.sourceRange();
        if (!range.isTracked()) return block.getStartOffset();
        int pos = content ? range.endPos() : range.startPos();
        return pos >= block.length() ? block.getEndOffset() : block.getIndexOffset(pos);
    }
}
