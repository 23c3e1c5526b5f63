package io.github.venues.importer;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tables of a Markdown README in reading order: raw HTML {@code <table>}s (read with
 * jsoup) and GFM pipe tables, each with what the headings above it say it lists.
 */
final class MarkdownTables {

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            // Keep a <table> with blank lines between its rows in one HtmlBlock.
            .set(Parser.HTML_BLOCK_DEEP_PARSER, true)
            .set(Parser.HTML_BLOCK_DEEP_PARSE_BLANK_LINE_INTERRUPTS, false)
            // Pipe tables as GitHub reads them.
            .set(TablesExtension.COLUMN_SPANS, false)
            .set(TablesExtension.MIN_HEADER_ROWS, 1)
            .set(TablesExtension.MAX_HEADER_ROWS, 1)
            .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
            .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
            .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
            .toImmutable()).build();

    private MarkdownTables() {
    }

    static List<SourceTable> read(String markdown, LineIndex lines) {
        Document doc = PARSER.parse(markdown);
        Headings headings = new Headings();
        List<SourceTable> tables = new ArrayList<>();
        for (Node node : doc.getDescendants()) {
            if (node instanceof Heading h) {
                headings.add(h.getLevel(), text(h));
            } else if (node instanceof HtmlBlock html) {
                tables.addAll(HtmlTables.read(html.getChars(), headings, lines));
            } else if (node instanceof TableBlock table) {
                tables.add(pipeTable(table, headings, lines));
            }
        }
        return tables;
    }

    private static SourceTable pipeTable(TableBlock table, Headings headings, LineIndex lines) {
        List<SourceCell> header = List.of();
        List<List<SourceCell>> rows = new ArrayList<>();
        for (Node section : table.getChildren()) {
            for (Node row : section.getChildren()) {
                if (!(row instanceof TableRow)) continue;
                if (section instanceof TableHead) {
                    header = cells(row, lines);
                } else if (section instanceof TableBody) {
                    rows.add(cells(row, lines));
                }
            }
        }
        return new SourceTable(headings.kind(), header, rows, lines.at(table.getStartOffset()));
    }

    private static List<SourceCell> cells(Node row, LineIndex lines) {
        List<SourceCell> cells = new ArrayList<>();
        for (Node node : row.getChildren()) {
            if (!(node instanceof TableCell cell)) continue;
            Link link = firstLink(cell);
            // An empty or appended cell has no text of its own: point at the cell.
            int offset = cell.getText().isNull() ? cell.getStartOffset() : cell.getText().getStartOffset();
            cells.add(new SourceCell(text(cell), link == null ? null : link.getUrl().toString(),
                    lines.atContent(offset)));
        }
        return cells;
    }

    private static Link firstLink(Node node) {
        for (Node n : node.getDescendants()) {
            if (n instanceof Link link) return link;
        }
        return null;
    }

    private static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }
}
