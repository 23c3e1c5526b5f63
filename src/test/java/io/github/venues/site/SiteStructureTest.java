package io.github.venues.site;

import io.github.venues.cli.SiteBuild;
import io.github.venues.model.CasCategory;
import io.github.venues.testing.HtmlSafety;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated site as files: a real build of the project's content, read with jsoup. What the
 * page's script does in a browser is {@link BrowserTest}'s part.
 */
class SiteStructureTest {

    /** The English page, its stylesheet and its script, gzipped, must stay below this. */
    static final int GZIP_BUDGET = 30 * 1024;
    static final List<String> JOURNAL_COLUMNS = List.of("name", "if", "cas", "h5", "ccf");
    static final List<String> CONFERENCE_COLUMNS = List.of("name", "h5", "ccf");
    static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** The site's own origin when resolving relative links. */
    static final URI SITE = URI.create("http://site.invalid/");

    @TempDir
    static Path tmp;
    static Path site;
    static VenueData data;
    static Map<String, Document> pages = new LinkedHashMap<>();

    @BeforeAll
    static void buildTheProject() throws IOException {
        site = tmp.resolve("site");
        SiteBuild.buildProject(site, tmp);
        data = VenueData.read(site.resolve("venues.json"));
        pages.put("en", parse(site, "index.html"));
        pages.put("zh", parse(site, "zh/index.html"));
    }

    static Document parse(Path root, String path) throws IOException {
        return Jsoup.parse(root.resolve(path).toFile(), "UTF-8");
    }

    static String pagePath(String lang) {
        return "en".equals(lang) ? "index.html" : "zh/index.html";
    }

    static Element row(Document page, VenueData.Venue v) {
        Element row = page.getElementById(v.rowId());
        assertNotNull(row, "no row " + v.rowId());
        return row;
    }

    static List<String> columnKeys(Element table) {
        return table.select("thead th").eachAttr("data-key");
    }

    /** The cell of a row under the column with {@code key}. */
    static Element cell(Element row, String key) {
        Element table = row.closest("table");
        int index = columnKeys(table).indexOf(key);
        assertTrue(index >= 0, "no column " + key);
        return row.child(index);
    }

    // ---- rows and values ------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void bothPagesListEveryVenueOnceInTheDefaultOrder(String lang) {
        Document page = pages.get(lang);
        assertEquals(23, data.journals.size());
        assertEquals(14, data.conferences.size());
        for (String table : List.of("journals", "conferences")) {
            List<String> rows = page.select("#" + table + " > tbody > tr").eachAttr("id");
            assertEquals(table.equals("journals") ? 23 : 14, rows.size(), table + " rows");
            assertEquals(VenueData.defaultOrder(data.table(table)), rows,
                    table + ": h5-index descending, then name");
        }
        Element first = page.selectFirst("#journals > tbody > tr");
        assertEquals("Gastroenterology", first.selectFirst("th").text());
        assertEquals("148", cell(first, "h5").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void everyValueFromTheDataIsInItsRow(String lang) {
        Document page = pages.get(lang);
        Map<String, String> categoryLabels = new LinkedHashMap<>();
        for (Element o : page.select("#cat option[value]")) {
            if (!o.val().isEmpty()) categoryLabels.put(o.val(), o.text());
        }
        List<Runnable> checks = new ArrayList<>();
        for (VenueData.Venue v : Stream.concat(data.journals.stream(), data.conferences.stream()).toList()) {
            Element row = row(page, v);
            Element name = row.child(0);
            String where = lang + " " + v.id() + ": ";
            checks.add(() -> assertEquals("row", name.attr("scope"), where + "name cell is a row header"));
            checks.add(() -> assertEquals(v.name(), name.selectFirst("a, span").text(), where + "name"));
            checks.add(() -> assertEquals(v.abbr(), name.selectFirst("abbr") == null ? null : name.selectFirst("abbr").text(),
                    where + "abbreviation"));
            if ("journal".equals(v.kind())) {
                checks.add(() -> assertEquals(v.impactFactor(), known(cell(row, "if")), where + "impact factor as written"));
                Element cas = cell(row, "cas");
                if (v.casZone() == null) {
                    checks.add(() -> assertNull(known(cas), where + "CAS"));
                } else {
                    int sortKey = v.casZone() * 100 + CasCategory.byId(v.casCategory()).orElseThrow().ordinal();
                    checks.add(() -> assertEquals(String.valueOf(sortKey), cas.attr("data-sort"), where + "CAS sort key"));
                    checks.add(() -> assertTrue(cas.text().contains(String.valueOf(v.casZone()))
                            && cas.text().contains(categoryLabels.get(v.casCategory())), where + "CAS text " + cas.text()));
                }
                checks.add(() -> assertEquals(v.casZone() == null ? "none" : v.casZone().toString(), row.attr("data-zone"), where + "data-zone"));
                checks.add(() -> assertEquals(v.casZone() == null ? "none" : v.casCategory(), row.attr("data-cat"), where + "data-cat"));
            }
            checks.add(() -> assertEquals(v.h5() == null ? null : v.h5().toString(), known(cell(row, "h5")), where + "h5-index"));
            checks.add(() -> assertEquals(v.ccf(), known(cell(row, "ccf")), where + "CCF"));
            checks.add(() -> assertEquals(v.ccf() == null ? "none" : v.ccf(), row.attr("data-ccf"), where + "data-ccf"));
            String search = Normalizer.normalize(v.name() + (v.abbr() == null ? "" : " " + v.abbr()), Normalizer.Form.NFKC)
                    .toLowerCase(Locale.ROOT);
            checks.add(() -> assertEquals(search, row.attr("data-search"), where + "data-search"));
        }
        assertAll(checks.stream().map(r -> r::run));
        Element nn = page.getElementById("v-neural-networks");
        assertEquals("5.5353", cell(nn, "if").text(), "trailing digits are kept");
        assertEquals("5.5353", cell(nn, "if").attr("data-sort"));
    }

    /** The text of a known cell, or {@code null} for an unknown one (no sort key). */
    static String known(Element cell) {
        return cell.hasAttr("data-sort") ? cell.text() : null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void unknownCellsHaveNoSortKeyAndAHiddenWord(String lang) {
        Document page = pages.get(lang);
        String word = "en".equals(lang) ? "unknown" : "未知";
        Elements cells = page.select("tbody td");
        int unknown = 0;
        for (Element td : cells) {
            String where = lang + " " + td.parent().id() + " column " + td.elementSiblingIndex() + ": ";
            if (td.hasAttr("data-sort")) {
                assertFalse(td.attr("data-sort").isBlank(), where + "blank sort key");
                assertTrue(td.select(".sr-only").isEmpty(), where + "a known value has no hidden word");
                assertFalse(td.text().contains("—"), where + td.text());
            } else {
                unknown++;
                Element dash = td.selectFirst("span[aria-hidden=true]");
                Element hidden = td.selectFirst("span.sr-only");
                assertNotNull(dash, where + "visible dash");
                assertEquals("—", dash.text(), where);
                assertNotNull(hidden, where + "hidden word");
                assertEquals(word, hidden.text(), where);
                assertEquals("—" + word, td.text().replace(" ", ""), where + "nothing else in the cell");
            }
        }
        long expected = data.journals.stream().mapToLong(v -> (v.impactFactor() == null ? 1 : 0)
                + (v.casZone() == null ? 1 : 0) + (v.h5() == null ? 1 : 0) + (v.ccf() == null ? 1 : 0)).sum()
                + data.conferences.stream().mapToLong(v -> (v.h5() == null ? 1 : 0) + (v.ccf() == null ? 1 : 0)).sum();
        assertEquals(expected, unknown, "one unknown cell per missing value");
        assertTrue(unknown > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void everyColumnHeadingIsASortButtonAndOnlyH5IsSorted(String lang) {
        Document page = pages.get(lang);
        for (String table : List.of("journals", "conferences")) {
            Element t = page.getElementById(table);
            assertEquals(table.equals("journals") ? JOURNAL_COLUMNS : CONFERENCE_COLUMNS, columnKeys(t));
            for (Element th : t.select("thead th")) {
                assertEquals("col", th.attr("scope"));
                Elements buttons = th.select("button");
                assertEquals(1, buttons.size(), th.outerHtml());
                assertEquals("button", buttons.first().attr("type"));
                assertFalse(buttons.first().text().isBlank());
            }
            Elements sorted = t.select("thead th[aria-sort]");
            assertEquals(1, sorted.size(), table + ": aria-sort only on the sorted header");
            assertEquals("h5", sorted.first().attr("data-key"));
            assertEquals("descending", sorted.first().attr("aria-sort"));
            assertEquals(t.select("thead th").size(), t.selectFirst("tbody tr").children().size(),
                    "as many cells as headings");
        }
    }

    // ---- languages ------------------------------------------------------------------------

    @Test
    void languageAlternatesAndCanonical() {
        Map<String, String> alternates = Map.of("en", data.url, "zh-CN", data.url + "zh/");
        assertEquals("en", pages.get("en").selectFirst("html").attr("lang"));
        assertEquals("zh-CN", pages.get("zh").selectFirst("html").attr("lang"));
        assertEquals("https://medical-image-analysis.github.io/awesome-venues/", data.url, "base_url of site.yaml");
        assertEquals(data.url, pages.get("en").selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(data.url + "zh/", pages.get("zh").selectFirst("link[rel=canonical]").attr("href"));
        for (Document page : pages.values()) {
            assertEquals(1, page.select("link[rel=canonical]").size());
            Map<String, String> found = new TreeMap<>();
            for (Element link : page.select("link[rel=alternate]")) {
                found.put(link.attr("hreflang"), link.attr("href"));
            }
            assertEquals(new TreeMap<>(alternates), found);
        }
    }

    @Test
    void eachPageLinksVisiblyToTheOther() {
        Element toZh = pages.get("en").getElementById("other-language");
        Element toEn = pages.get("zh").getElementById("other-language");
        assertNotNull(toZh);
        assertNotNull(toEn);
        assertEquals("zh/index.html", target("index.html", toZh.attr("href")));
        assertEquals("index.html", target("zh/index.html", toEn.attr("href")));
        assertEquals("zh-CN", toZh.attr("hreflang"));
        assertEquals("zh-CN", toZh.attr("lang"));
        assertEquals("en", toEn.attr("hreflang"));
        assertEquals("en", toEn.attr("lang"));
        assertEquals("中文", toZh.text());
        assertEquals("English", toEn.text());
        for (Element link : List.of(toZh, toEn)) {
            for (Element e = link; e != null; e = e.parent()) {
                assertFalse(e.hasAttr("hidden") || e.hasClass("sr-only") || e.hasClass("skip"), "visible: " + e.tagName());
            }
        }
    }

    @Test
    void labelsAreInThePageLanguage() {
        Document en = pages.get("en");
        Document zh = pages.get("zh");
        assertEquals("Journals", en.selectFirst("#journals caption").text());
        assertEquals("期刊", zh.selectFirst("#journals caption").text());
        assertEquals("Conferences", en.selectFirst("#conferences caption").text());
        assertEquals("会议", zh.selectFirst("#conferences caption").text());
        assertEquals("23 of 23 journals", en.getElementById("journals-count").text());
        assertEquals("14 of 14 conferences", en.getElementById("conferences-count").text());
        assertEquals("显示 23 / 23 个期刊", zh.getElementById("journals-count").text());
        assertEquals("显示 14 / 14 个会议", zh.getElementById("conferences-count").text());
        for (Document page : pages.values()) {
            for (String id : List.of("journals-count", "conferences-count")) {
                Element count = page.getElementById(id);
                assertEquals("status", count.attr("role"));
                assertEquals("polite", count.attr("aria-live"));
                String rows = String.valueOf(page.select("#" + id.replace("-count", "") + " > tbody > tr").size());
                assertEquals(count.text(), count.attr("data-template").replace("{shown}", rows).replace("{total}", rows),
                        "the script's template gives the text shown without the script");
            }
        }
        List<String> enHeadings = en.select("thead th button").eachText();
        List<String> zhHeadings = zh.select("thead th button").eachText();
        assertEquals(enHeadings.size(), zhHeadings.size());
        for (int i = 0; i < enHeadings.size(); i++) {
            assertNotEquals(enHeadings.get(i), zhHeadings.get(i), "heading " + i + " is translated");
        }
        for (String selector : List.of("title", "label[for=q]", "label[for=ccf]", "label[for=zone]", "label[for=cat]",
                "#reset", "#ccf option:first-child", "#ccf option[value=none]", "#zone option[value=1]", "#cat option[value=medicine]",
                "footer h2")) {
            assertNotEquals(en.selectFirst(selector).text(), zh.selectFirst(selector).text(), selector + " is translated");
        }
        assertEquals("医学", zh.selectFirst("#cat option[value=medicine]").text());
        assertEquals("Medicine", en.selectFirst("#cat option[value=medicine]").text());
    }

    // ---- links, scripts and escaping ------------------------------------------------------

    @Test
    void homepageLinksOpenWithoutReferrer(@TempDir Path dir) throws IOException {
        Path out = smallSite(dir);
        for (String path : List.of("index.html", "zh/index.html")) {
            Document page = parse(out, path);
            Element link = page.selectFirst("#v-good th a");
            assertNotNull(link, path + ": the name links to the homepage");
            assertEquals("https://example.org/gc?x=1&y=2", link.attr("href"));
            assertEquals("Good Conference", link.text());
            assertEquals(Set.of("noopener", "noreferrer"), Set.of(link.attr("rel").split("\\s+")));
            assertNull(page.selectFirst("#v-evil th a"), "no homepage, no link");
        }
        // The project's own pages: every link in the tables, should a venue get a homepage.
        for (Document page : pages.values()) {
            for (Element a : page.select("tbody a[href]")) {
                assertEquals(Set.of("noopener", "noreferrer"), Set.of(a.attr("rel").split("\\s+")), a.outerHtml());
            }
        }
    }

    @Test
    void hostileNamesAreEscaped(@TempDir Path dir) throws IOException {
        Path out = smallSite(dir);
        String name = "Evil <script>alert(1)</script> Journal \"><img src=x onerror=alert(1)>";
        for (String path : List.of("index.html", "zh/index.html")) {
            Document page = parse(out, path);
            assertEquals(1, page.select("script").size(), path + ": only the site's script");
            assertEquals("assets/site.js", target(path, page.selectFirst("script").attr("src")));
            assertTrue(page.select("img").isEmpty(), path + ": no <img> made from data");
            assertTrue(page.select("b").isEmpty(), path + ": no <b> made from data");
            assertTrue(page.select("[onerror]").isEmpty(), path);
            Element row = page.getElementById("v-evil");
            assertEquals(name, row.selectFirst("th span").text(), "the name's text is kept as text");
            assertEquals("<b>EVIL</b>", row.selectFirst("th abbr").text());
            assertEquals(name.toLowerCase(Locale.ROOT) + " <b>evil</b>", row.attr("data-search"));
            assertEquals("1.50", cell(row, "if").text());
        }
        String html = Files.readString(out.resolve("index.html"));
        assertFalse(html.contains("<script>alert"), "raw markup written into the page");
        assertFalse(html.contains("<img"), "raw markup written into the page");
    }

    /** A two-venue content folder: a journal with a hostile name, a conference with a homepage. */
    static Path smallSite(Path dir) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("journals"));
        Files.createDirectories(content.resolve("conferences"));
        Files.writeString(content.resolve("site.yaml"), """
                title:
                  en: Test list
                  zh: 测试列表
                description:
                  en: A list to test with.
                  zh: 测试用的列表。
                base_url: https://example.org/list/
                updated: 2024-05-01
                editions:
                  impact_factor: 2023
                  cas: 2022
                  h5_index: 2024
                  ccf: 2022
                """);
        Files.writeString(content.resolve("journals/evil.yaml"), """
                name: 'Evil <script>alert(1)</script> Journal "><img src=x onerror=alert(1)>'
                abbr: '<b>EVIL</b>'
                impact_factor: 1.50
                h5_index: 3
                """);
        Files.writeString(content.resolve("conferences/good.yaml"), """
                name: Good Conference
                abbr: GC
                homepage: https://example.org/gc?x=1&y=2
                h5_index: 10
                ccf: A
                """);
        Path out = dir.resolve("site");
        SiteBuild.build(content, Path.of("templates"), out, dir.resolve("README.md"));
        return out;
    }

    /** The output file a relative reference from {@code fromPath} points at, or fails if it leaves the site. */
    static String target(String fromPath, String reference) {
        URI resolved = SITE.resolve(fromPath).resolve(reference);
        assertEquals(SITE.getHost(), resolved.getHost(), reference + " leaves the site");
        String path = resolved.getPath().substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "zh/index.html", "404.html"})
    void scriptsStylesAndImagesComeFromTheSiteItself(String path) throws IOException {
        Document page = parse(site, path);
        Elements referencing = page.select("[src], [href]");
        assertFalse(referencing.isEmpty());
        for (Element e : referencing) {
            if (e.tagName().equals("a")) continue;
            String rel = e.attr("rel");
            if (e.tagName().equals("link") && (rel.equals("canonical") || rel.equals("alternate"))) continue;
            String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            assertFalse(SCHEME.matcher(ref).find() || ref.startsWith("//"), path + ": " + e.outerHtml() + " points outside the site");
            String file = target(path, ref);
            assertTrue(file.startsWith("assets/"), path + ": " + ref + " is not under assets/");
            assertTrue(Files.isRegularFile(site.resolve(file)), path + ": " + ref + " does not exist");
        }
        if (!path.equals("404.html")) {
            assertEquals(1, page.select("script[src]").size());
            assertEquals(1, page.select("link[rel=stylesheet]").size());
        }
        // The CSP forbids inline code: nothing inline may be needed.
        Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertNotNull(csp, "CSP");
        assertEquals(path.equals("404.html") ? HtmlSafety.NOT_FOUND_CSP : HtmlSafety.PAGE_CSP, HtmlSafety.csp(page),
                "exactly these directives: the site's own files, nothing inline, no other origin");
        assertTrue(page.select("script:not([src]), style, [style]").isEmpty(), path + ": inline script or style");
        for (Element e : page.getAllElements()) {
            for (var a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), path + ": inline handler " + e.outerHtml());
            }
        }
    }

    // ---- footer and Pages files -----------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void footerShowsEveryEditionAndTheUpdatedDate(String lang) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> siteYaml = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(Path.of("content/site.yaml")));
        @SuppressWarnings("unchecked")
        Map<String, Object> editions = (Map<String, Object>) siteYaml.get("editions");
        Document page = pages.get(lang);
        Element footer = page.selectFirst("footer");
        List<String> items = footer.select(".editions li").eachText();
        Map<String, String> columns = Map.of("impact_factor", "if", "cas", "cas", "h5_index", "h5", "ccf", "ccf");
        assertEquals(columns.keySet(), editions.keySet());
        assertEquals(4, items.size(), items.toString());
        for (var edition : editions.entrySet()) {
            String label = page.selectFirst("#journals thead th[data-key=" + columns.get(edition.getKey()) + "] button").text();
            List<String> matching = items.stream().filter(i -> i.startsWith(label + ":")).toList();
            assertEquals(1, matching.size(), lang + ": one edition line for " + label + " in " + items);
            assertTrue(matching.get(0).contains(edition.getValue().toString()), lang + ": " + matching.get(0) + " shows " + edition.getValue());
        }
        String updated = siteYaml.get("updated").toString();
        Element time = footer.selectFirst("time");
        assertEquals(updated, time.attr("datetime"));
        assertEquals(updated, time.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void footerLinksToTheData(String lang) throws IOException {
        Element footer = pages.get(lang).selectFirst("footer");
        Map<String, String> types = Map.of("venues.json", "application/json", "venues.csv", "text/csv",
                "venue.schema.json", "application/schema+json");
        for (var file : types.entrySet()) {
            Elements links = footer.select("a[href$=" + file.getKey() + "]");
            assertEquals(1, links.size(), lang + ": link to " + file.getKey());
            assertEquals(file.getKey(), target(pagePath(lang), links.attr("href")));
            assertEquals(file.getValue(), links.attr("type"));
            assertTrue(Files.size(site.resolve(file.getKey())) > 0, file.getKey());
        }
        List<String> csv = Files.readAllLines(site.resolve("venues.csv"), StandardCharsets.UTF_8);
        assertEquals(1 + 23 + 14, csv.size(), "header and one line per venue");
        assertTrue(Files.readString(site.resolve("venue.schema.json")).contains("\"$schema\""));
    }

    @Test
    void pagesFilesExist() throws IOException {
        Document notFound = parse(site, "404.html");
        assertEquals(Set.of(data.url, data.url + "zh/"), Set.copyOf(notFound.select("a").eachAttr("href")),
                "404 links to both pages by absolute URL (it is served at any depth)");
        Document sitemap = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser());
        assertEquals(List.of(data.url, data.url + "zh/"), sitemap.select("url > loc").eachText());
        assertEquals(List.of(data.updated, data.updated), sitemap.select("url > lastmod").eachText());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", sitemap.selectFirst("urlset").attr("xmlns"));
        assertTrue(Files.isRegularFile(site.resolve(".nojekyll")));
        assertEquals(0, Files.size(site.resolve(".nojekyll")));
    }

    // ---- the build as a whole -------------------------------------------------------------

    @Test
    void twoBuildsAreByteIdentical(@TempDir Path other) throws IOException {
        Path again = other.resolve("site");
        SiteBuild.buildProject(again, other);
        Map<String, byte[]> first = files(site);
        Map<String, byte[]> second = files(again);
        assertEquals(first.keySet(), second.keySet());
        assertTrue(first.keySet().containsAll(List.of("index.html", "zh/index.html", "404.html", "sitemap.xml", ".nojekyll",
                "venues.json", "venues.csv", "venue.schema.json", "assets/site.css", "assets/site.js")), first.keySet().toString());
        for (String path : first.keySet()) {
            assertArrayEquals(first.get(path), second.get(path), path);
        }
        assertArrayEquals(Files.readAllBytes(tmp.resolve("README.md")), Files.readAllBytes(other.resolve("README.md")), "README.md");
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void englishPageWithItsAssetsIsSmallGzipped() throws IOException {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (String path : List.of("index.html", "assets/site.css", "assets/site.js")) {
            sizes.put(path, gzipped(Files.readAllBytes(site.resolve(path))));
        }
        int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("gzipped size of the English page and its assets: " + sizes.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " B").collect(Collectors.joining(" + "))
                + " = " + total + " B (budget " + GZIP_BUDGET + " B)");
        assertTrue(total <= GZIP_BUDGET, "gzipped " + total + " B > " + GZIP_BUDGET + " B");
    }

    static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
