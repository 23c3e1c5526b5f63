package io.github.venues.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.venues.model.Catalog;
import io.github.venues.model.Ccf;
import io.github.venues.model.Editions;
import io.github.venues.model.Kind;
import io.github.venues.model.Site;
import io.github.venues.model.Text;
import io.github.venues.model.Venue;
import io.github.venues.testing.HtmlSafety;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The renderers on their own, handed a catalog that validation would never let through: hostile
 * text in every text field and addresses of every dangerous scheme. Whatever the model holds, no
 * output runs code, links anywhere but http(s), or loses its shape, and JSON and CSV read back
 * to the very values (defence in depth behind the validator).
 */
class HostileOutputsTest {

    static final Editions EDITIONS = new Editions(2019, 2020, 2020, 2019);

    /** Text that is markup, syntax or invisible somewhere. */
    static final List<String> TEXTS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>",
            "</title></textarea></style><script>alert(1)</script>",
            "a | b || c |",
            "back\\slash \\ and \\\\ double \\",
            "line one\nline two\r\nline three",
            "javascript:alert(1)",
            "\u202Eright-to-left override\u202C and \u2067isolate\u2069",
            "zero\u200Bwidth\u200Cnon\u200Djoiner\u2060word\uFEFFjoiner",
            "[[${7*7}]] [(${T(java.lang.Runtime).getRuntime()})] ${7*7} #{x} *{y} |literal|",
            "&amp; &lt; &#60; &#x3C; & alone",
            "=HYPERLINK(\"https://evil.example\",\"x\")",
            "\t+tab and plus",
            "-1+1", "@SUM(A1)", "\rcarriage return", "+49 30 1234",
            "NUL \u0000 BEL \u0007 ESC \u001B DEL \u007F",
            "emoji 😀 and 医学图像 and a lone \uD800 surrogate");

    /** Addresses a homepage must never become as a link. */
    static final List<String> BAD_ADDRESSES = List.of(
            "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "java\nscript:alert(1)", "\u0001javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)", "//evil.example/", "file:///etc/passwd", "ftp://example.org/",
            "https://", "https:///path", "https://ex ample.org/", "https://example.org/\u202Egpj.exe",
            "https://example.org/\u200B", "mailto:x@example.org", "");

    /** Web addresses that stay links, every character of them escaped. */
    static final List<String> GOOD_ADDRESSES = List.of(
            "https://example.org/a?b=1&c=2", "http://example.org/\"><script>alert(1)</script>",
            "https://example.org/'onmouseover='alert(1)", "HTTPS://EXAMPLE.ORG/|pipe|\\back");

    static Catalog catalog;
    static Map<String, Output> outputs = new LinkedHashMap<>();
    static String readme;

    @BeforeAll
    static void render() {
        List<Venue> journals = new ArrayList<>();
        List<Venue> conferences = new ArrayList<>();
        int i = 0;
        for (String text : TEXTS) {
            journals.add(venue("t" + i, Kind.JOURNAL, text, text, null, i++));
        }
        for (String url : BAD_ADDRESSES) {
            conferences.add(venue("b" + i, Kind.CONFERENCE, "Bad " + i, null, url, i++));
        }
        for (String url : GOOD_ADDRESSES) {
            conferences.add(venue("g" + i, Kind.CONFERENCE, "Good " + i, "G", url, i++));
        }
        String hostile = String.join(" ", TEXTS);
        String prose = """
                Links: [lower](javascript:alert(1)) [upper](JavaScript:alert(1)) [entity](&#106;avascript:alert(1))
                [tab](java&#9;script:alert(1)) [data](data:text/html,x) [vb](vbscript:x) <javascript:alert(1)>
                [ref][r] ![img](javascript:alert(1)) [ok](https://example.org/) [mail](mailto:a@example.org)
                [relative](venues.json) [anchor](#journals) <b onclick="alert(1)">raw</b>

                [r]: javascript:alert(1)
                """;
        Site site = new Site(new Text(hostile, hostile), new Text(hostile, hostile),
                "javascript:alert(1)//", "javascript:alert(2)", LocalDate.of(2026, 1, 2), EDITIONS,
                new Text(prose, prose), new Text(prose, prose));
        catalog = new Catalog(site, journals, conferences);
        Templates templates = new Templates(Path.of("templates"));
        for (Output o : new SiteRenderer(templates).render(catalog)) outputs.put(o.path(), o);
        readme = new ReadmeRenderer(templates).render(catalog);
    }

    static Venue venue(String id, Kind kind, String name, String abbr, String homepage, int h5) {
        return new Venue(id, kind, name, abbr, homepage, null, null, 1000 - h5, Ccf.A, EDITIONS,
                "content/" + kind.folder() + "/" + id + ".yaml");
    }

    static Document page(String path) {
        return Jsoup.parse(outputs.get(path).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "zh/index.html", "404.html"})
    void noPageRunsOrLinksToAnythingFromTheData(String path) {
        Document page = page(path);
        boolean main = !path.equals("404.html");
        HtmlSafety.assertInert(page, main ? List.of(path.startsWith("zh/") ? "../assets/site.js" : "assets/site.js") : List.of(), path);
        assertEquals(main ? HtmlSafety.PAGE_CSP : HtmlSafety.NOT_FOUND_CSP, HtmlSafety.csp(page), path);
        String html = outputs.get(path).text();
        assertFalse(html.contains("<script>alert"), path);
        assertFalse(html.contains("<img src=x"), path);
        assertTrue(!main || html.contains("[[${7*7}]] [(${T(java.lang.Runtime).getRuntime()})]"), path + ": template expressions in the data stay text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "zh/index.html"})
    void everyTextIsShownAsItselfAndTheSiteTextsToo(String path) {
        Document page = page(path);
        for (Venue v : catalog.journals()) {
            Element row = page.getElementById("v-" + v.id());
            assertNotNull(row, v.id());
            // Browsers and jsoup read a lone surrogate, a NUL and CR LF differently; compare what survives UTF-8.
            assertEquals(lines(utf8(v.name())), lines(row.selectFirst("th span").wholeText()), v.id());
            assertEquals(lines(utf8(v.abbr())), lines(row.selectFirst("th abbr").wholeText()), v.id());
        }
        String title = catalog.site().title().en();
        assertSameText(lines(utf8(title)), lines(page.selectFirst("h1").wholeText()), "h1");
        assertSameText(lines(utf8(title)), lines(page.selectFirst("title").wholeText()), "title");
        assertSameText(lines(utf8(title)), lines(page.selectFirst("meta[name=description]").attr("content")), "description");
    }

    private static void assertSameText(String expected, String actual, String what) {
        int i = 0;
        while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) i++;
        int at = i;
        assertEquals(expected, actual, () -> what + ": differs at " + at + ": expected "
                + expected.substring(at, Math.min(expected.length(), at + 10)).codePoints().mapToObj(c -> String.format("U+%04X", c)).toList()
                + " got " + actual.substring(at, Math.min(actual.length(), at + 10)).codePoints().mapToObj(c -> String.format("U+%04X", c)).toList());
    }

    /** As an HTML parser reads text: CR LF and CR are LF; a NUL is dropped or becomes U+FFFD, which is dropped too. */
    private static String lines(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "").replace("\uFFFD", "");
    }

    /** What a string becomes in a UTF-8 file: a lone surrogate is '?'. */
    private static String utf8(String s) {
        return new String(s.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "zh/index.html"})
    void aHomepageThatIsNotAWebAddressIsNoLink(String path) {
        Document page = page(path);
        for (Venue v : catalog.conferences()) {
            Element th = page.getElementById("v-" + v.id()).selectFirst("th");
            if (GOOD_ADDRESSES.contains(v.homepage())) {
                Element a = th.selectFirst("a");
                assertNotNull(a, v.homepage());
                assertEquals(v.homepage(), a.attr("href"));
                assertEquals("noopener noreferrer", a.attr("rel"));
            } else {
                assertNull(th.selectFirst("a"), "no link for " + v.homepage());
                assertEquals(v.name(), th.selectFirst("span").text());
            }
        }
    }

    @Test
    void proseLinksWithAnotherSchemeLoseTheirAddress() {
        Element intro = page("index.html").selectFirst("section.prose");
        assertNotNull(intro);
        Map<String, String> hrefs = new LinkedHashMap<>();
        for (Element a : intro.select("a")) hrefs.put(a.text(), a.hasAttr("href") ? a.attr("href") : null);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("upper", null);
        expected.put("entity", null);
        expected.put("tab", null);
        expected.put("data", null);
        expected.put("vb", null);
        expected.put("ok", "https://example.org/");
        expected.put("mail", "mailto:a@example.org");
        expected.put("relative", "venues.json");
        expected.put("anchor", "#journals");
        assertEquals(expected, hrefs);
        assertTrue(intro.select("img").stream().noneMatch(img -> img.hasAttr("src")), intro.select("img").outerHtml());
        assertTrue(intro.text().contains("<b onclick=\"alert(1)\">raw</b>"), "raw HTML is shown as text");
    }

    @Test
    void theBaseUrlAndRepositoryAreNeverAnotherSchemeEither() throws Exception {
        Document page = page("index.html");
        assertEquals("", page.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(page.select("footer a").eachAttr("href").stream().noneMatch(h -> h.contains("alert")));
        // The sitemap is well-formed XML whatever the data.
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(outputs.get("sitemap.xml").bytes()));
        NodeList locs = xml.getElementsByTagName("loc");
        assertEquals(2, locs.getLength());
        assertEquals("", locs.item(0).getTextContent());
        assertEquals("zh/", locs.item(1).getTextContent());
        // The README's tables link only the web homepages (its prose is the authors' Markdown, passed as written).
        var tables = io.github.venues.testing.MarkdownTables.tablesByHeading(io.github.venues.testing.MarkdownTables.parse(readme));
        List<String> destinations = new ArrayList<>();
        for (var table : tables.values()) {
            for (var row : table.rows()) {
                for (var cell : row) {
                    io.github.venues.testing.MarkdownTables.links(cell).forEach(l -> destinations.add(io.github.venues.testing.MarkdownTables.destination(l)));
                }
            }
        }
        assertEquals(GOOD_ADDRESSES, destinations);
    }

    @Test
    void jsonReadsBackToTheVeryValues() throws IOException {
        JsonNode json = new ObjectMapper().readTree(outputs.get(JsonExport.PATH).bytes());
        List<Venue> venues = Stream.concat(catalog.journals().stream(), catalog.conferences().stream()).toList();
        List<JsonNode> read = new ArrayList<>();
        json.get("journals").forEach(read::add);
        json.get("conferences").forEach(read::add);
        assertEquals(venues.size(), read.size());
        for (int i = 0; i < venues.size(); i++) {
            Venue v = venues.get(i);
            JsonNode n = read.get(i);
            assertEquals(v.id(), n.get("id").asText());
            assertEquals(v.name(), n.get("name").asText(), v.id());
            assertEquals(v.abbr(), n.get("abbr").isNull() ? null : n.get("abbr").asText(), v.id());
            assertEquals(v.homepage(), n.get("homepage").isNull() ? null : n.get("homepage").asText(), v.id());
        }
        assertEquals(catalog.site().title().en(), json.at("/title/en").asText());
        assertEquals(catalog.site().description().zh(), json.at("/description/zh").asText());
    }

    @Test
    void csvReadsBackToTheValuesWithFormulasDefused() throws IOException {
        String text = outputs.get(CsvExport.PATH).text().substring(1); // the byte-order mark
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            records = parser.getRecords();
        }
        List<Venue> venues = Stream.concat(catalog.journals().stream(), catalog.conferences().stream()).toList();
        assertEquals(venues.size(), records.size());
        for (int i = 0; i < venues.size(); i++) {
            Venue v = venues.get(i);
            CSVRecord r = records.get(i);
            assertEquals(utf8Csv(CsvExport.defuse(v.name())), r.get("name"), v.id());
            assertEquals(utf8Csv(CsvExport.defuse(v.abbr())), r.get("abbr"), v.id());
            assertEquals(utf8Csv(CsvExport.defuse(v.homepage())), r.get("homepage"), v.id());
            for (String column : List.of("name", "abbr", "homepage")) {
                String cell = r.get(column);
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, v.id() + " " + column + ": " + cell);
            }
        }
    }

    /** Every start a spreadsheet runs as a formula, in every text column: parsed back, the cell starts with an apostrophe. */
    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
    void csvDefusesEveryFormulaStartInEveryTextColumn(String start) throws IOException {
        String value = start + "HYPERLINK(\"https://evil.example\",\"x\")";
        Catalog one = new Catalog(catalog.site(), List.of(new Venue("x", Kind.JOURNAL, value, value, value, null, null, 1, null,
                EDITIONS, "content/journals/x.yaml")), List.of());
        String text = CsvExport.render(one).text().substring(1);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            CSVRecord r = parser.getRecords().get(0);
            for (String column : List.of("name", "abbr", "homepage")) {
                assertEquals("'" + value, r.get(column), column);
            }
        }
        assertTrue(text.endsWith("\r\n"), "RFC 4180 ends records with CR LF");
    }

    private static String utf8Csv(String s) {
        return new String(s.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8);
    }
}
