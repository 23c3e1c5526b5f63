package io.github.venues.render;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.venues.testing.MarkdownTables;
import io.github.venues.testing.MarkdownTables.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Markdown} escaping, checked by parsing its output: whatever a value holds, a reader
 * sees the value itself as plain text, never markup, HTML, a new block or a broken table.
 */
class MarkdownEscapingTest {

    /** Values that would be markup, HTML or table syntax if placed unescaped. */
    static Stream<String> hostile() {
        return Stream.of(
                "a|b", "|", "a \\| b", "a\\b", "\\", "trailing \\",
                "<script>alert(1)</script>", "<b>bold</b>", "<!-- comment -->", "<http://evil.example>", "a < b > c",
                "&lt;", "&amp;", "& alone", "AT&T", "&#60;", "&#x3C;", "&copy;", "&copy without semicolon",
                "line one\nline two", "line one\r\nline two", "a\n\nb", "a\u2028b", "tab\there", "  leading and trailing  ",
                "*bold*", "**strong**", "_em_", "__strong__", "~~strike~~", "a*b*c",
                "[x](javascript:alert(1))", "![img](x.png)", "[ref]", "[x]: http://evil.example", "[^1]",
                "# heading", "###### six", "- item", "+ item", "* item", "1. item", "2) item", "123456789. item",
                "> quote", "=", "---", "***", "___",
                "`code`", "``double``", "```", "~~~",
                "IEEE/CVF (CVPR)", "Engineering & Technology", "工程技术 2区 · Engineering & Technology, zone 2");
    }

    /** What a reader should see: line breaks folded into one space, tabs as spaces, the ends trimmed. */
    static String folded(String value) {
        return value.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").replace('\t', ' ').strip();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void asProseItIsOneParagraphOfPlainText(String value) {
        Document doc = MarkdownTables.parse(Markdown.text(value) + "\n");
        List<Node> blocks = children(doc);
        assertEquals(1, blocks.size(), () -> "one block for " + Markdown.text(value));
        Paragraph p = assertInstanceOf(Paragraph.class, blocks.get(0), () -> Markdown.text(value));
        for (Node inline : children(p)) {
            assertTrue(inline instanceof Text || inline instanceof TextBase || inline instanceof HtmlEntity,
                    () -> "markup " + inline + " from " + Markdown.text(value));
        }
        assertEquals(folded(value), MarkdownTables.text(p));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void inATableItStaysInItsCell(String value) {
        String markdown = "| a | b | c |\n| --- | ---: | :---: |\n| " + Markdown.text(value) + " | " + Markdown.text(value) + " | z |\n";
        Table table = table(markdown);
        assertEquals(List.of(List.of(folded(value), folded(value), "z")), table.rowTexts(), markdown);
        assertEquals(List.of(), MarkdownTables.html(table.block()), markdown);
        assertEquals(List.of(), MarkdownTables.links(table.block()), markdown);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void asLinkTextItIsTheWholeLinkText(String value) {
        String url = "https://example.org/";
        Table table = table("| a | b |\n| --- | --- |\n| " + Markdown.link(value, url) + " | z |\n");
        List<Link> links = MarkdownTables.links(table.block());
        assertEquals(1, links.size());
        assertEquals(folded(value), MarkdownTables.text(links.get(0)));
        assertEquals(url, MarkdownTables.destination(links.get(0)));
        assertEquals(List.of(List.of(folded(value), "z")), table.rowTexts());
    }

    static Stream<String> addresses() {
        return Stream.of(
                "https://example.org/",
                "https://en.wikipedia.org/wiki/Medical_imaging_(journal)",
                "https://example.org/a)b(c",
                "https://example.org/a>b",
                "https://example.org/<a>",
                "https://example.org/a|b",
                "https://example.org/?q=a|b&c=d",
                "https://example.org/a\\b",
                "https://example.org/a\\|b",
                "https://example.org/x&lt;y&#60;z",
                "https://example.org/a*b*_c_`d`",
                "https://example.org/[x]",
                "https://example.org/%7C%3E");
    }

    @ParameterizedTest
    @MethodSource("addresses")
    void aLinkLeadsToTheAddressAsWritten(String url) {
        String markdown = "| a | b |\n| --- | --- |\n| " + Markdown.link("Name | (N)", url) + " | z |\n";
        Table table = table(markdown);
        List<Link> links = MarkdownTables.links(table.block());
        assertEquals(1, links.size(), markdown);
        assertEquals(url, MarkdownTables.destination(links.get(0)), markdown);
        assertEquals(List.of(List.of("Name | (N)", "z")), table.rowTexts(), markdown);
    }

    @Test
    void aLessThanSignIsEscapedOnce() {
        // It was "&amp;lt;": the '&' of the entity written for '<' was escaped again, and readers saw "&lt;".
        assertEquals("&lt;script>", Markdown.text("<script>"));
        assertEquals("&amp;lt;", Markdown.text("&lt;"));
        assertEquals("AT&T", Markdown.text("AT&T"));
    }

    @Test
    void escapesAreMinimalAndReadable() {
        assertEquals("a\\|b", Markdown.text("a|b"));
        assertEquals("\\# heading", Markdown.text("# heading"));
        assertEquals("1\\. item", Markdown.text("1. item"));
        assertEquals("IEEE/CVF Conference (CVPR)", Markdown.text("IEEE/CVF Conference (CVPR)"));
        assertEquals("one two", Markdown.text(" one\r\ntwo "));
        assertEquals("", Markdown.text(null));
    }

    @Test
    void aLinkWithoutAddressIsPlainText() {
        assertEquals("Name (x)", Markdown.link("Name (x)", null));
        assertEquals("[a\\|b](<https://example.org/a\\|b>)", Markdown.link("a|b", "https://example.org/a|b"));
    }

    private static Table table(String markdown) {
        List<Node> blocks = children(MarkdownTables.parse(markdown));
        assertEquals(1, blocks.size(), () -> "one table: " + markdown);
        return MarkdownTables.table(assertInstanceOf(com.vladsch.flexmark.ext.tables.TableBlock.class, blocks.get(0), markdown));
    }

    private static List<Node> children(Node node) {
        return java.util.stream.StreamSupport.stream(node.getChildren().spliterator(), false).toList();
    }
}
