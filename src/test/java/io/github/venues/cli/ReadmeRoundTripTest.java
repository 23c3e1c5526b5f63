package io.github.venues.cli;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Document;
import io.github.venues.load.ContentLoader;
import io.github.venues.model.Catalog;
import io.github.venues.model.Venue;
import io.github.venues.testing.MarkdownTables;
import io.github.venues.testing.MarkdownTables.Table;
import io.github.venues.validate.Validation;
import io.github.venues.validate.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the real content as {@code ./venues build} does and reads the README back with a
 * Markdown parser: every cell a reader sees must be what the YAML files say, in the list's order.
 * The expected cells are spelled out here, not taken from the renderer.
 */
class ReadmeRoundTripTest {

    static final String UNKNOWN = "—";
    static final List<String> JOURNAL_HEADER = List.of(
            "期刊 Journal", "影响因子 Impact factor", "中科院分区 CAS partition", "h5 指数 h5-index", "CCF 分类 CCF class");
    static final List<String> CONFERENCE_HEADER = List.of(
            "会议 Conference", "h5 指数 h5-index", "CCF 分类 CCF class");

    static Catalog catalog;
    static Table journals;
    static Table conferences;

    @BeforeAll
    static void build(@TempDir Path tmp) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine(false)
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("build", "--content", "content", "--templates", "templates",
                        "--out", tmp.resolve("site").toString(), "--readme", tmp.resolve("README.md").toString());
        assertEquals(ExitCode.OK, status, () -> "build failed:\n" + out + err);

        Validation validation = new Validator().validate(new ContentLoader(Path.of("content"), Path.of("")).load());
        assertTrue(validation.ok(), () -> "content/ does not validate: " + validation.problems());
        catalog = validation.catalog();

        Document doc = MarkdownTables.parse(Files.readString(tmp.resolve("README.md"), StandardCharsets.UTF_8));
        Map<String, Table> tables = MarkdownTables.tablesByHeading(doc);
        assertEquals(List.of("期刊 Journals", "会议 Conferences"), List.copyOf(tables.keySet()), "the README's tables and their headings");
        journals = tables.get("期刊 Journals");
        conferences = tables.get("会议 Conferences");
    }

    @Test
    void headersAreBilingual() {
        assertEquals(JOURNAL_HEADER, journals.headerTexts());
        assertEquals(CONFERENCE_HEADER, conferences.headerTexts());
    }

    @Test
    void everyVenueHasOneRowInTheCatalogsOrder() {
        assertEquals(23, catalog.journals().size());
        assertEquals(14, catalog.conferences().size());
        assertEquals(23, journals.rows().size());
        assertEquals(14, conferences.rows().size());
        assertEquals(names(catalog.journals()), journals.rowTexts().stream().map(r -> r.get(0)).toList());
        assertEquals(names(catalog.conferences()), conferences.rowTexts().stream().map(r -> r.get(0)).toList());
    }

    @Test
    void catalogOrderIsH5DescendingThenName() {
        Comparator<Venue> order = Comparator
                .comparing((Venue v) -> v.h5Index() == null ? Integer.MIN_VALUE : v.h5Index(), Comparator.reverseOrder())
                .thenComparing(Venue::name, String.CASE_INSENSITIVE_ORDER);
        assertEquals(catalog.journals().stream().sorted(order).toList(), catalog.journals());
        assertEquals(catalog.conferences().stream().sorted(order).toList(), catalog.conferences());
        // Ties are broken by name: TMI and Pattern Recognition both have 85.
        List<String> names = journals.rowTexts().stream().map(r -> r.get(0)).toList();
        assertTrue(names.indexOf("IEEE Transactions on Medical Imaging (TMI)") + 1 == names.indexOf("Pattern Recognition"), names::toString);
    }

    @Test
    void journalCellsAreTheData() throws IOException {
        List<List<String>> rows = journals.rowTexts();
        for (int i = 0; i < rows.size(); i++) {
            Venue v = catalog.journals().get(i);
            List<String> expected = List.of(
                    displayName(v),
                    rawImpactFactor(v),
                    v.cas() == null ? UNKNOWN : v.cas().category().label().zh() + " " + v.cas().zone() + "区 · "
                            + v.cas().category().label().en() + ", zone " + v.cas().zone(),
                    v.h5Index() == null ? UNKNOWN : v.h5Index().toString(),
                    v.ccf() == null ? UNKNOWN : v.ccf().name());
            assertEquals(expected, rows.get(i), "row " + (i + 1) + " of the journals, from " + v.source());
            assertHomepage(v, journals.rows().get(i).get(0));
        }
    }

    @Test
    void conferenceCellsAreTheData() {
        List<List<String>> rows = conferences.rowTexts();
        for (int i = 0; i < rows.size(); i++) {
            Venue v = catalog.conferences().get(i);
            List<String> expected = List.of(
                    displayName(v),
                    v.h5Index() == null ? UNKNOWN : v.h5Index().toString(),
                    v.ccf() == null ? UNKNOWN : v.ccf().name());
            assertEquals(expected, rows.get(i), "row " + (i + 1) + " of the conferences, from " + v.source());
            assertHomepage(v, conferences.rows().get(i).get(0));
        }
    }

    /** A few cells spelled out in full, so that a wrong rule above cannot pass unnoticed. */
    @Test
    void knownRows() {
        assertEquals(List.of("Neural Networks", "5.5353", "计算机科学 2区 · Computer Science, zone 2", "64", "B"),
                row(journals, "Neural Networks"));
        assertEquals(List.of("Medical Image Analysis", "11.148", "工程技术 2区 · Engineering & Technology, zone 2", "67", "C"),
                row(journals, "Medical Image Analysis"));
        assertEquals(List.of("IEEE Transactions on Medical Imaging (TMI)", "6.685", "工程技术 1区 · Engineering & Technology, zone 1", "85", "B"),
                row(journals, "IEEE Transactions on Medical Imaging (TMI)"));
        assertEquals(List.of("Journal of Medical Imaging", UNKNOWN, UNKNOWN, "28", UNKNOWN),
                row(journals, "Journal of Medical Imaging"));
        assertEquals(List.of("Insights into Imaging", "3.579", UNKNOWN, "36", UNKNOWN),
                row(journals, "Insights into Imaging"));
        assertEquals(List.of("International Conference on Medical Image Computing and Computer Assisted Intervention (MICCAI)", "61", UNKNOWN),
                row(conferences, "International Conference on Medical Image Computing and Computer Assisted Intervention (MICCAI)"));
        assertEquals(List.of("IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", "299", "A"),
                conferences.rowTexts().get(0));
    }

    @Test
    void figuresAreRightAlignedAndClassesCentred() {
        assertEquals(List.of("NONE", "RIGHT", "NONE", "RIGHT", "CENTER"), alignments(journals));
        assertEquals(List.of("NONE", "RIGHT", "CENTER"), alignments(conferences));
    }

    private static List<String> alignments(Table table) {
        List<String> out = new ArrayList<>();
        for (TableCell c : table.header()) out.add(c.getAlignment() == null ? "NONE" : c.getAlignment().name());
        return out;
    }

    private static List<String> row(Table table, String name) {
        return table.rowTexts().stream().filter(r -> r.get(0).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name));
    }

    private static List<String> names(List<Venue> venues) {
        return venues.stream().map(ReadmeRoundTripTest::displayName).toList();
    }

    private static String displayName(Venue v) {
        return v.abbr() == null ? v.name() : v.name() + " (" + v.abbr() + ")";
    }

    private static final Pattern IMPACT_FACTOR = Pattern.compile("(?m)^impact_factor:\\s*(\\S+)");

    /** The impact factor as written in the venue's YAML file, digit for digit. */
    private static String rawImpactFactor(Venue v) throws IOException {
        Matcher m = IMPACT_FACTOR.matcher(Files.readString(Path.of(v.source()), StandardCharsets.UTF_8));
        String raw = m.find() ? m.group(1) : null;
        assertEquals(raw, v.impactFactor() == null ? null : v.impactFactor().toPlainString(), v.source());
        return raw == null ? UNKNOWN : raw;
    }

    private static void assertHomepage(Venue v, TableCell nameCell) {
        var links = MarkdownTables.links(nameCell);
        if (v.homepage() == null) {
            assertEquals(List.of(), links, v.source() + " has no homepage: the name is plain text");
        } else {
            assertEquals(1, links.size(), v.source());
            assertEquals(v.homepage(), MarkdownTables.destination(links.get(0)), v.source());
        }
    }
}
