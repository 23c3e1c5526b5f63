package io.github.venues.render;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.venues.load.ContentLoader;
import io.github.venues.model.Cas;
import io.github.venues.model.CasCategory;
import io.github.venues.model.Catalog;
import io.github.venues.model.Ccf;
import io.github.venues.model.Editions;
import io.github.venues.model.Kind;
import io.github.venues.model.Site;
import io.github.venues.model.Text;
import io.github.venues.model.Venue;
import io.github.venues.validate.Validation;
import io.github.venues.validate.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** venues.json and venues.csv carry every value of the list exactly, in forms programs and spreadsheets read. */
class ExportTest {

    private static final Editions EDITIONS = new Editions(2019, 2020, 2020, 2019);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    static Catalog catalog;

    @BeforeAll
    static void validateTheRealContent() {
        Validation result = new Validator().validate(new ContentLoader(Path.of("content"), Path.of("")).load());
        assertTrue(result.ok(), () -> result.problems().toString());
        catalog = result.catalog();
    }

    private static Catalog handMade(Venue... venues) {
        Site site = new Site(new Text("测试", "Test"), new Text("测试列表", "A test list"), "https://example.org/", null,
                LocalDate.of(2026, 1, 2), EDITIONS, new Text("", ""), new Text("", ""));
        List<Venue> journals = Arrays.stream(venues).filter(v -> v.kind() == Kind.JOURNAL).toList();
        List<Venue> conferences = Arrays.stream(venues).filter(v -> v.kind() == Kind.CONFERENCE).toList();
        return new Catalog(site, journals, conferences);
    }

    private static Venue journal(String id, String name, String abbr, String impactFactor) {
        return new Venue(id, Kind.JOURNAL, name, abbr, null, impactFactor == null ? null : new BigDecimal(impactFactor),
                new Cas(CasCategory.ENGINEERING, 2), 69, Ccf.C, EDITIONS, "content/journals/" + id + ".yaml");
    }

    // ---- venues.json ----

    private static JsonNode json(Catalog c) throws IOException {
        return JSON.readTree(JsonExport.render(c).text());
    }

    @Test
    void jsonListsEveryVenueInTheCatalogsOrder() throws IOException {
        JsonNode root = json(catalog);
        for (Kind kind : Kind.values()) {
            List<String> ids = new ArrayList<>();
            root.get(kind.folder()).forEach(v -> ids.add(v.get("id").asText()));
            assertEquals(catalog.venues(kind).stream().map(Venue::id).toList(), ids, kind.folder());
        }
        assertEquals(23, root.get("journals").size());
        assertEquals(14, root.get("conferences").size());
    }

    @Test
    void jsonCarriesEveryValueOfEveryVenue() throws IOException {
        JsonNode root = json(catalog);
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Iterator<JsonNode> objects = root.get(kind.folder()).iterator();
            for (Venue v : catalog.venues(kind)) {
                JsonNode o = objects.next();
                checks.add(() -> assertEquals(v, venueFrom(o, kind, v.source()), v.id()));
            }
        }
        assertAll(checks.stream());
    }

    /** Reads a venue back from its JSON object, exactly (impact factors from their text). */
    private static Venue venueFrom(JsonNode o, Kind kind, String source) {
        JsonNode cas = o.path("cas");
        JsonNode editions = o.get("editions");
        return new Venue(o.get("id").asText(), Kind.valueOf(o.get("kind").asText().toUpperCase(java.util.Locale.ROOT)),
                textOrNull(o.get("name")), textOrNull(o.get("abbr")), textOrNull(o.get("homepage")),
                o.path("impact_factor").isNumber() ? new BigDecimal(o.get("impact_factor").asText()) : null,
                cas.isObject() ? new Cas(CasCategory.byId(cas.get("category").asText()).orElseThrow(), cas.get("zone").intValue()) : null,
                o.get("h5_index").isNull() ? null : o.get("h5_index").intValue(),
                o.get("ccf").isNull() ? null : Ccf.valueOf(o.get("ccf").asText()),
                new Editions(editions.get("impact_factor").intValue(), editions.get("cas").intValue(),
                        editions.get("h5_index").intValue(), editions.get("ccf").intValue()),
                source);
    }

    private static String textOrNull(JsonNode node) {
        return node.isNull() ? null : node.asText();
    }

    @Test
    void jsonWritesImpactFactorsWithTheirDigits() throws IOException {
        JsonNode root = json(catalog);
        List<String> written = new ArrayList<>();
        root.get("journals").forEach(j -> {
            if (List.of("neural-networks", "tip", "jbhi", "computerized-medical-imaging-and-graphics").contains(j.get("id").asText())) {
                written.add(j.get("id").asText() + " " + j.get("impact_factor").asText());
            }
        });
        assertEquals(List.of("tip 9.34", "jbhi 5.223", "neural-networks 5.5353", "computerized-medical-imaging-and-graphics 3.75"), written);
    }

    @Test
    void jsonKeepsTrailingZerosOfAnImpactFactor() {
        String text = JsonExport.render(handMade(journal("jbhi", "IEEE Journal of Biomedical and Health Informatics", "JBHI", "5.2230"))).text();
        assertTrue(text.contains("\"impact_factor\" : 5.2230,"), text);
    }

    @Test
    void jsonGivesJournalsAndConferencesTheirOwnKeysInAFixedOrder() throws IOException {
        JsonNode root = json(catalog);
        List<String> journalKeys = new ArrayList<>();
        root.get("journals").get(0).fieldNames().forEachRemaining(journalKeys::add);
        List<String> conferenceKeys = new ArrayList<>();
        root.get("conferences").get(0).fieldNames().forEachRemaining(conferenceKeys::add);
        assertEquals(List.of("id", "kind", "name", "abbr", "homepage", "impact_factor", "cas", "h5_index", "ccf", "editions"), journalKeys);
        assertEquals(List.of("id", "kind", "name", "abbr", "homepage", "h5_index", "ccf", "editions"), conferenceKeys);
    }

    @Test
    void jsonCarriesTheSiteSettings() throws IOException {
        JsonNode root = json(catalog);
        assertEquals("https://medical-image-analysis.github.io/awesome-venues/", root.get("url").asText());
        assertEquals(catalog.site().updated().toString(), root.get("updated").asText());
        assertEquals("医学图像分析期刊与会议", root.get("title").get("zh").asText());
        assertEquals(2019, root.get("editions").get("impact_factor").intValue());
    }

    // ---- venues.csv ----

    private static byte[] csvBytes(Catalog c) {
        return CsvExport.render(c).bytes();
    }

    /** Parses venues.csv as a spreadsheet would after the byte-order mark. */
    private static List<CSVRecord> csv(Catalog c) throws IOException {
        String text = new String(csvBytes(c), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            assertEquals(List.of(CsvExport.HEADER), List.of(parser.getHeaderNames().toArray(String[]::new)));
            return parser.getRecords();
        }
    }

    @Test
    void csvStartsWithAUtf8ByteOrderMarkThenTheHeader() {
        byte[] bytes = csvBytes(catalog);
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("kind,id,name,abbr,homepage,impact_factor,cas_category,cas_zone,h5_index,ccf\r\n"), text);
    }

    @Test
    void csvHasOneRowPerVenueWithItsValues() throws IOException {
        List<CSVRecord> records = csv(catalog);
        assertEquals(37, records.size());
        List<Venue> venues = Stream.of(Kind.values()).flatMap(k -> catalog.venues(k).stream()).toList();
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (int i = 0; i < venues.size(); i++) {
            Venue v = venues.get(i);
            CSVRecord r = records.get(i);
            checks.add(() -> assertEquals(List.of(
                    v.kind().key(), v.id(), v.name(), v.abbr() == null ? "" : v.abbr(), v.homepage() == null ? "" : v.homepage(),
                    v.impactFactor() == null ? "" : v.impactFactor().toPlainString(),
                    v.cas() == null ? "" : v.cas().category().id(), v.cas() == null ? "" : String.valueOf(v.cas().zone()),
                    v.h5Index() == null ? "" : v.h5Index().toString(), v.ccf() == null ? "" : v.ccf().name()), r.toList(), v.id()));
        }
        assertAll(checks.stream());
    }

    @Test
    void csvKeepsChineseTextAndQuotesCommasAndQuotes() throws IOException {
        String name = "医学图像分析, \"MIA\" 期刊";
        List<CSVRecord> records = csv(handMade(journal("mia", name, "MIA", "11.148")));
        assertEquals(1, records.size());
        assertEquals(name, records.get(0).get("name"));
        assertTrue(new String(csvBytes(handMade(journal("mia", name, "MIA", "11.148"))), StandardCharsets.UTF_8)
                .contains(",\"医学图像分析, \"\"MIA\"\" 期刊\",MIA,"));
    }

    @Test
    void csvKeepsTrailingZerosOfAnImpactFactor() throws IOException {
        assertEquals("5.2230", csv(handMade(journal("jbhi", "IEEE Journal of Biomedical and Health Informatics", "JBHI", "5.2230")))
                .get(0).get("impact_factor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"https://example.org\",\"click\")", "+1", "-1", "@SUM(A1)"})
    void csvDefusesANameASpreadsheetWouldRunAsAFormula(String name) throws IOException {
        assertEquals("'" + name, csv(handMade(journal("x", name, null, null))).get(0).get("name"));
    }

    @Test
    void csvDefusesAFormulaInTheAbbreviationToo() throws IOException {
        assertEquals("'=1+1", csv(handMade(journal("x", "Some Journal", "=1+1", null))).get(0).get("abbr"));
    }
}
