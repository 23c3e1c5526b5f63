package io.github.venues.testing;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Reads generated Markdown back the way a reader's renderer does: flexmark with GFM tables.
 * Tests compare what a reader sees (the text of a cell, a link's destination) with the data.
 */
public final class MarkdownTables {

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();

    private MarkdownTables() {
    }

    public static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** One parsed table: its header cells and body rows, as nodes. */
    public record Table(TableBlock block, List<TableCell> header, List<List<TableCell>> rows) {

        public List<String> headerTexts() {
            return header.stream().map(MarkdownTables::text).toList();
        }

        public List<List<String>> rowTexts() {
            return rows.stream().map(r -> r.stream().map(MarkdownTables::text).toList()).toList();
        }
    }

    /** Every table of the document, keyed by the text of the heading above it. */
    public static Map<String, Table> tablesByHeading(Document doc) {
        Map<String, Table> tables = new LinkedHashMap<>();
        String heading = null;
        for (Node n : doc.getChildren()) {
            if (n instanceof Heading h) heading = text(h);
            if (n instanceof TableBlock t) {
                if (tables.putIfAbsent(heading, table(t)) != null) {
                    throw new AssertionError("two tables under the heading " + heading);
                }
            }
        }
        return tables;
    }

    public static Table table(TableBlock block) {
        List<TableCell> header = new ArrayList<>();
        List<List<TableCell>> rows = new ArrayList<>();
        for (Node section : block.getChildren()) {
            if (section instanceof TableHead) {
                for (Node row : section.getChildren()) header.addAll(cells(row));
            } else if (section instanceof TableBody) {
                for (Node row : section.getChildren()) rows.add(cells(row));
            }
        }
        return new Table(block, header, rows);
    }

    private static List<TableCell> cells(Node row) {
        if (!(row instanceof TableRow)) throw new AssertionError("not a table row: " + row);
        List<TableCell> cells = new ArrayList<>();
        for (Node c : row.getChildren()) cells.add((TableCell) c);
        return cells;
    }

    /** The text a reader sees: escapes and entities resolved, markup removed. */
    public static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    /** The links inside a node. */
    public static List<Link> links(Node node) {
        return descendants(node).stream().filter(Link.class::isInstance).map(Link.class::cast).toList();
    }

    /** A link's destination as a CommonMark renderer resolves it: escapes and entities undone. */
    public static String destination(Link link) {
        return link.getUrl().unescape();
    }

    /** Raw HTML in a node: blocks, comments and inline tags, not entities. */
    public static List<Node> html(Node node) {
        return descendants(node).stream()
                .filter(n -> n instanceof HtmlBlockBase || n instanceof HtmlInlineBase)
                .toList();
    }

    public static List<Node> descendants(Node node) {
        return StreamSupport.stream(node.getDescendants().spliterator(), false).toList();
    }
}
