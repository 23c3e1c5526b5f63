package io.github.venues.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.venues.model.Cas;
import io.github.venues.model.CasCategory;
import io.github.venues.model.Catalog;
import io.github.venues.model.Ccf;
import io.github.venues.model.Editions;
import io.github.venues.model.Kind;
import io.github.venues.model.Site;
import io.github.venues.model.Text;
import io.github.venues.model.Venue;
import io.github.venues.testing.MarkdownTables;
import io.github.venues.testing.MarkdownTables.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders a README from venues whose names, abbreviations and homepages hold table syntax,
 * HTML, Markdown markup and line breaks, and reads it back: every table keeps its shape, every
 * cell shows the value itself and every link leads to the homepage as written.
 */
class ReadmeHostileValuesTest {

    static final Editions EDITIONS = new Editions(2019, 2020, 2020, 2019);

    /** name, abbreviation (or null), homepage (or null). */
    static final String[][] HOSTILE = {
            {"Pipe | Journal", "P|J", "https://example.org/a|b"},
            {"Back\\slash \\ Journal \\", "B\\S", "https://example.org/a\\b"},
            {"<script>alert(1)</script> Journal", "<b>X</b>", "https://example.org/a>b"},
            {"Entity &lt; &amp; & &#60; Journal", "&copy;", "https://example.org/?q=1&lt;2&r=a|b"},
            {"Line one\nLine two\r\nLine three", "L\nT", "https://example.org/(a)"},
            {"  Padded Journal  ", " PJ ", "https://en.wikipedia.org/wiki/Medical_imaging_(journal)"},
            {"*bold* _em_ **strong** ~~strike~~", "~~S~~", "https://example.org/a*b*_c_"},
            {"[x](javascript:alert(1))", "![i](x.png)", "https://example.org/a)b"},
            {"# heading", "## H", null},
            {"- item", "+ i", "https://example.org/<a>"},
            {"1. item", "2) i", "https://example.org/x"},
            {"`code` ``double``", "`", "https://example.org/a`b`"},
            {"> quote", "=", "https://example.org/a]b[c"},
            {"<!-- comment --> <http://evil.example>", null, "https://example.org/--><!--"},
            {"| leading pipe", "|", "https://example.org/%7C"},
            {"Bidi \u202Ereversed\u202C and \u2067isolated\u2069 Journal", "Z\u200BW\u200D", "https://example.org/\u202Egpj.exe"},
            {"javascript:alert(1)", "JS", "javascript:alert(1)"},
            {"Data Journal", "D", "data:text/html,<script>alert(1)</script>"},
    };

    /** Only an http(s) address without invisible characters becomes a link. */
    static boolean linked(String homepage) {
        return homepage != null && homepage.startsWith("https://") && homepage.chars().noneMatch(c -> c == 0x202E);
    }

    static Catalog catalog;
    static String markdown;
    static Document doc;
    static Map<String, Table> tables;

    @BeforeAll
    static void render() {
        catalog = catalog(HOSTILE);
        markdown = new ReadmeRenderer(new Templates(Path.of("templates"))).render(catalog);
        doc = MarkdownTables.parse(markdown);
        tables = MarkdownTables.tablesByHeading(doc);
    }

    static Catalog catalog(String[][] values) {
        List<Venue> journals = new ArrayList<>();
        List<Venue> conferences = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            String[] v = values[i];
            // Descending h5-indexes keep the given order; every other venue has no other figures.
            boolean figures = i % 2 == 0;
            journals.add(new Venue("j" + i, Kind.JOURNAL, v[0], v[1], v[2],
                    figures ? new BigDecimal("5.20") : null,
                    figures ? new Cas(CasCategory.ENGINEERING, 2) : null,
                    1000 - i, figures ? Ccf.B : null, EDITIONS, "content/journals/j" + i + ".yaml"));
            conferences.add(new Venue("c" + i, Kind.CONFERENCE, v[0], v[1], v[2], null, null,
                    1000 - i, figures ? Ccf.A : null, EDITIONS, "content/conferences/c" + i + ".yaml"));
        }
        Site site = new Site(new Text("医学图像 <b>|</b>", "Awesome *Hostile* | Venues"),
                new Text("描述 | <i>x</i>", "A *description* | <script>x</script>\n# not a heading"),
                "https://example.org/list/", null, LocalDate.of(2026, 1, 2), EDITIONS,
                new Text("", ""), new Text("", ""));
        return new Catalog(site, journals, conferences);
    }

    static String folded(String value) {
        return value.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").replace('\t', ' ').strip();
    }

    static String displayName(String[] v) {
        return v[1] == null ? v[0] : v[0] + " (" + v[1] + ")";
    }

    @Test
    void bothTablesAreStillThere() {
        assertEquals(List.of("期刊 Journals", "会议 Conferences"), List.copyOf(tables.keySet()));
    }

    @Test
    void everyRowKeepsTheColumnCount() {
        Table journals = tables.get("期刊 Journals");
        Table conferences = tables.get("会议 Conferences");
        assertEquals(5, journals.header().size());
        assertEquals(3, conferences.header().size());
        assertEquals(HOSTILE.length, journals.rows().size());
        assertEquals(HOSTILE.length, conferences.rows().size());
        for (List<TableCell> row : journals.rows()) assertEquals(5, row.size(), () -> row.toString());
        for (List<TableCell> row : conferences.rows()) assertEquals(3, row.size(), () -> row.toString());
    }

    @Test
    void everyCellShowsTheValue() {
        for (String kind : List.of("期刊 Journals", "会议 Conferences")) {
            List<List<String>> rows = tables.get(kind).rowTexts();
            for (int i = 0; i < HOSTILE.length; i++) {
                assertEquals(folded(displayName(HOSTILE[i])), rows.get(i).get(0), kind + " row " + (i + 1));
            }
        }
        List<String> figures = tables.get("期刊 Journals").rowTexts().get(0);
        assertEquals(List.of("5.20", "工程技术 2区 · Engineering & Technology, zone 2", "1000", "B"), figures.subList(1, 5));
        List<String> unknown = tables.get("期刊 Journals").rowTexts().get(1);
        assertEquals(List.of("—", "—", "999", "—"), unknown.subList(1, 5));
        assertEquals(List.of("999", "—"), tables.get("会议 Conferences").rowTexts().get(1).subList(1, 3));
    }

    @Test
    void everyLinkLeadsToTheHomepageAsWritten() {
        for (String kind : List.of("期刊 Journals", "会议 Conferences")) {
            Table table = tables.get(kind);
            for (int i = 0; i < HOSTILE.length; i++) {
                List<TableCell> row = table.rows().get(i);
                List<Link> links = MarkdownTables.links(row.get(0));
                String homepage = HOSTILE[i][2];
                if (!linked(homepage)) {
                    assertEquals(List.of(), links, kind + " row " + (i + 1));
                } else {
                    assertEquals(1, links.size(), kind + " row " + (i + 1));
                    assertEquals(homepage, MarkdownTables.destination(links.get(0)), kind + " row " + (i + 1));
                    assertEquals(folded(displayName(HOSTILE[i])), MarkdownTables.text(links.get(0)));
                }
                for (TableCell other : row.subList(1, row.size())) {
                    assertEquals(List.of(), MarkdownTables.links(other), kind + " row " + (i + 1));
                }
            }
        }
    }

    @Test
    void noHtmlComesFromTheData() {
        List<Node> html = MarkdownTables.html(doc);
        assertEquals(1, html.size(), html::toString);
        HtmlCommentBlock comment = assertInstanceOf(HtmlCommentBlock.class, html.get(0));
        assertEquals(doc.getFirstChild(), comment, "only the template's own 'Generated by' comment");
        assertTrue(comment.getChars().toString().startsWith("<!-- Generated by ./venues build"));
    }

    /**
     * The pipes of every table line up (awesome-lint's table-pipe-alignment), counted in UTF-16
     * units of the source as remark counts them, even with escaped pipes in the data.
     */
    @Test
    void tablePipesLineUp() {
        for (Table table : tables.values()) {
            List<String> lines = markdown.substring(table.block().getStartOffset(), table.block().getEndOffset()).lines().toList();
            assertEquals(HOSTILE.length + 2, lines.size());
            List<Integer> pipes = pipes(lines.get(0));
            assertEquals(table.header().size() + 1, pipes.size(), lines.get(0));
            for (String line : lines) {
                assertEquals(pipes, pipes(line), line);
            }
        }
    }

    /** Offsets of the pipes that are cell borders, not escaped ones. */
    private static List<Integer> pipes(String line) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') i++;
            else if (line.charAt(i) == '|') at.add(i);
        }
        return at;
    }

    /** The data adds no heading, list, quote or break: the README's blocks are those of a plain list. */
    @Test
    void theDocumentHasTheSameBlocksAsWithPlainNames() {
        String[][] plain = new String[HOSTILE.length][];
        for (int i = 0; i < plain.length; i++) {
            plain[i] = new String[] {"Plain Journal " + (char) ('A' + i), HOSTILE[i][1] == null ? null : "PJ",
                    linked(HOSTILE[i][2]) ? "https://example.org/" : null};
        }
        Catalog benign = catalog(plain);
        Site s = benign.site();
        benign = new Catalog(new Site(new Text("医学图像", "Awesome Plain Venues"), new Text("描述", "A description"),
                s.baseUrl(), s.repository(), s.updated(), s.editions(), s.intro(), s.notes()),
                benign.journals(), benign.conferences());
        Document expected = MarkdownTables.parse(new ReadmeRenderer(new Templates(Path.of("templates"))).render(benign));
        assertEquals(blocks(expected), blocks(doc));
    }

    @Test
    void theTitleIsOneHeadingOfPlainText() {
        List<Heading> h1 = MarkdownTables.descendants(doc).stream()
                .filter(n -> n instanceof Heading h && h.getLevel() == 1).map(Heading.class::cast).toList();
        assertEquals(1, h1.size());
        assertTrue(MarkdownTables.text(h1.get(0)).startsWith("Awesome *Hostile* | Venues"), MarkdownTables.text(h1.get(0)));
    }

    private static List<String> blocks(Document d) {
        return StreamSupport.stream(d.getChildren().spliterator(), false)
                .map(n -> n.getClass().getSimpleName() + (n instanceof Heading h ? h.getLevel() + (h.getLevel() > 1 ? ":" + MarkdownTables.text(h) : "") : ""))
                .toList();
    }
}
