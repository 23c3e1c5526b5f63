package io.github.venues.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.venues.testing.CliRun;
import io.github.venues.testing.ContentFolder;
import io.github.venues.testing.HtmlSafety;
import io.github.venues.testing.MarkdownTables;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real build of content that is valid yet as hostile as the schema allows, in every text field
 * (name, abbr, homepage, the site's title and description, the prose): every output keeps the
 * values as text and nothing in them runs or links anywhere unexpected.
 */
class HostileBuildTest {

    static final String NAME = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> | a\\b \\\\ javascript:alert(1) [[${7*7}]]";
    static final String ABBR = "\"><b>|</b>\\";
    static final String HOMEPAGE = "https://example.org/\"><script>alert(1)</script>?a=1&b='2'|\\";
    static final String TITLE = "Hostile <script>alert(1)</script> | \"title\" & 'list' \\";
    static final String DESCRIPTION = "Line one <img src=x onerror=alert(1)>\n| pipe | javascript:alert(1)\n";

    @TempDir
    static Path tmp;
    static Path out;
    static Path readme;

    /** A double-quoted YAML string. */
    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @BeforeAll
    static void build() {
        ContentFolder content = ContentFolder.withSite(tmp.resolve("project"))
                .write("site.yaml", "title:\n  en: " + quoted(TITLE) + "\n  zh: " + quoted("标题 " + TITLE) + "\n"
                        + "description:\n  en: " + quoted(DESCRIPTION) + "\n  zh: " + quoted("描述 " + DESCRIPTION) + "\n"
                        + "base_url: https://example.org/list/\nrepository: https://example.org/repo\nupdated: 2026-01-02\n"
                        + "editions: {impact_factor: 2019, cas: 2020, h5_index: 2020, ccf: 2019}\n")
                .write("intro.en.md", "[js](JavaScript:alert(1)) [entity](&#106;avascript:alert(1)) <script>alert(1)</script>"
                        + " [ok](https://example.org/ok) ![img](data:image/png,x)\n\n<div onclick=\"alert(1)\">block</div>\n")
                .journal("evil.yaml", "name: " + quoted(NAME) + "\nabbr: " + quoted(ABBR) + "\nhomepage: " + quoted(HOMEPAGE)
                        + "\nimpact_factor: 1.50\nh5_index: 3\n")
                .conference("formula.yaml", "name: \"=HYPERLINK(\\\"https://evil.example\\\",\\\"x\\\")\"\nabbr: \"@SUM(A1)\"\nh5_index: 2\n");
        out = tmp.resolve("site");
        readme = tmp.resolve("README.md");
        CliRun run = CliRun.of("build", "--content", content.content().toString(), "--out", out.toString(),
                "--readme", readme.toString());
        assertEquals(0, run.exit(), run.err());
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "zh/index.html", "404.html"})
    void noPageRunsAnythingFromTheContent(String path) throws IOException {
        Document page = page(path);
        boolean main = !path.equals("404.html");
        HtmlSafety.assertInert(page, main ? List.of(path.startsWith("zh/") ? "../assets/site.js" : "assets/site.js") : List.of(),
                "https://example.org/list/", path);
        assertEquals(main ? HtmlSafety.PAGE_CSP : HtmlSafety.NOT_FOUND_CSP, HtmlSafety.csp(page), path);
        String html = Files.readString(out.resolve(path));
        assertFalse(html.contains("<script>alert"), path);
        assertTrue(page.select("img[src]").isEmpty(), path + ": an image whose address was refused has none");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "zh/index.html"})
    void everyValueIsShownAsText(String path) throws IOException {
        Document page = page(path);
        Element row = page.getElementById("v-evil");
        Element link = row.selectFirst("th a");
        assertNotNull(link);
        assertEquals(NAME, link.wholeText());
        assertEquals(HOMEPAGE, link.attr("href"));
        assertEquals("noopener noreferrer", link.attr("rel"));
        assertEquals(ABBR, row.selectFirst("th abbr").wholeText());
        String title = path.startsWith("zh/") ? "标题 " + TITLE : TITLE;
        assertEquals(title, page.selectFirst("title").wholeText());
        assertEquals(title, page.selectFirst("h1").wholeText());
        String description = path.startsWith("zh/") ? "描述 " + DESCRIPTION : DESCRIPTION;
        assertEquals(description, page.selectFirst("p.lead").wholeText());
        assertEquals(description, page.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void proseLinksRunNothing() throws IOException {
        Element intro = page("index.html").selectFirst("section.prose");
        assertEquals(List.of("https://example.org/ok"), intro.select("a[href]").eachAttr("href"));
        assertNull(intro.selectFirst("script"));
        assertTrue(intro.text().contains("<script>alert(1)</script>"));
    }

    @Test
    void theSitemapIsWellFormedXml() throws Exception {
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
        assertEquals(2, xml.getElementsByTagName("loc").getLength());
        assertEquals("https://example.org/list/", xml.getElementsByTagName("loc").item(0).getTextContent());
    }

    @Test
    void jsonReadsBackToTheValues() throws IOException {
        JsonNode json = new ObjectMapper().readTree(out.resolve("venues.json").toFile());
        JsonNode evil = json.at("/journals/0");
        assertEquals(Map.of("name", NAME, "abbr", ABBR, "homepage", HOMEPAGE),
                Map.of("name", evil.get("name").asText(), "abbr", evil.get("abbr").asText(), "homepage", evil.get("homepage").asText()));
        assertEquals(TITLE, json.at("/title/en").asText());
        assertEquals(DESCRIPTION, json.at("/description/en").asText());
    }

    @Test
    void csvReadsBackWithFormulasDefused() throws IOException {
        String text = Files.readString(out.resolve("venues.csv"), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            records = parser.getRecords();
        }
        assertEquals(List.of(NAME, ABBR, HOMEPAGE), List.of(records.get(0).get("name"), records.get(0).get("abbr"), records.get(0).get("homepage")));
        assertEquals("'=HYPERLINK(\"https://evil.example\",\"x\")", records.get(1).get("name"));
        assertEquals("'@SUM(A1)", records.get(1).get("abbr"));
    }

    @Test
    void theReadmeTablesKeepTheirShapeAndTheHomepage() throws IOException {
        String markdown = Files.readString(readme);
        var doc = MarkdownTables.parse(markdown);
        var tables = MarkdownTables.tablesByHeading(doc);
        var journals = tables.get("期刊 Journals");
        assertEquals(1, journals.rows().size());
        assertEquals(5, journals.rows().get(0).size());
        assertEquals(NAME + " (" + ABBR + ")", journals.rowTexts().get(0).get(0));
        List<String> links = new ArrayList<>();
        MarkdownTables.links(journals.rows().get(0).get(0)).forEach(l -> links.add(MarkdownTables.destination(l)));
        assertEquals(List.of(HOMEPAGE), links);
        assertEquals(1, MarkdownTables.html(doc).size(), "only the template's own comment is HTML, also from the prose");
        List<String> proseLinks = new ArrayList<>();
        for (var node : MarkdownTables.descendants(doc)) {
            if (node instanceof com.vladsch.flexmark.ast.LinkNodeBase l && !(node.getAncestorOfType(com.vladsch.flexmark.ext.tables.TableBlock.class) != null)) {
                proseLinks.add(l.getUrl().unescape());
            }
        }
        assertTrue(proseLinks.containsAll(List.of("#", "https://example.org/ok")), proseLinks.toString());
        assertTrue(proseLinks.stream().noneMatch(u -> u.toLowerCase(java.util.Locale.ROOT).contains("script:") || u.startsWith("data:")),
                proseLinks.toString());
    }

    @Test
    void aBidiControlInANameStopsTheBuildBeforeAnythingIsWritten() {
        ContentFolder content = ContentFolder.withSite(tmp.resolve("bidi"))
                .journal("x.yaml", "name: \"Medical \\u202Escisyhp\"\n");
        Path bidiOut = tmp.resolve("bidi-site");
        CliRun run = CliRun.of("build", "--content", content.content().toString(), "--out", bidiOut.toString(),
                "--readme", tmp.resolve("bidi-README.md").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(":1:7: error: name contains the bidirectional control U+202E"), run.err());
        assertFalse(Files.exists(bidiOut));
        assertFalse(Files.exists(tmp.resolve("bidi-README.md")));
    }
}
