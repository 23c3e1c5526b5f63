package io.github.venues;

import io.github.venues.load.ContentLoader;
import io.github.venues.model.Cas;
import io.github.venues.model.CasCategory;
import io.github.venues.model.Catalog;
import io.github.venues.model.Kind;
import io.github.venues.model.Venue;
import io.github.venues.validate.Validation;
import io.github.venues.validate.Validator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * content/ holds exactly the venues of the seed list (../shared/seed/README.md), with every value
 * exactly as the seed writes it. "None" in the seed is a value left out (null) in ours.
 */
class SeedDataTest {

    static final Path SEED = Path.of("..", "shared", "seed", "README.md");

    /** "Name, ABBR" or "Name (ABBR)"; an abbreviation is one word of capitals and digits. */
    private static final Pattern PARENTHESISED = Pattern.compile("(.+) \\(([A-Z][A-Z0-9]*)\\)");
    private static final Pattern COMMA = Pattern.compile("(.+), ([A-Z][A-Z0-9]*)");
    /** "工程技术 2区" */
    private static final Pattern CAS = Pattern.compile("(\\S+) ([1-4])区");

    static List<Row> journals;
    static List<Row> conferences;
    static Catalog catalog;

    /** One row of a seed table; absent columns (a conference's impact factor) are null. */
    record Row(Kind kind, String nameCell, String impactFactor, String cas, String h5Index, String ccf) {
    }

    @BeforeAll
    static void readSeedAndContent() throws IOException {
        assertTrue(Files.isRegularFile(SEED), "the seed list is expected at " + SEED.toAbsolutePath().normalize());
        Document seed = Jsoup.parse(Files.readString(SEED, StandardCharsets.UTF_8));
        List<Element> tables = seed.select("table");
        assertEquals(2, tables.size(), "the seed has a table of journals and one of conferences");
        journals = new ArrayList<>();
        for (List<String> cells : rows(tables.get(0), 5)) {
            journals.add(new Row(Kind.JOURNAL, cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4)));
        }
        conferences = new ArrayList<>();
        for (List<String> cells : rows(tables.get(1), 3)) {
            conferences.add(new Row(Kind.CONFERENCE, cells.get(0), null, null, cells.get(1), cells.get(2)));
        }
        Validation result = new Validator().validate(new ContentLoader(Path.of("content"), Path.of("")).load());
        assertTrue(result.ok(), () -> "content/ does not validate: " + result.problems());
        catalog = result.catalog();
    }

    private static List<List<String>> rows(Element table, int columns) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<String> cells = tr.select("td").eachText();
            if (cells.isEmpty()) continue; // the header row has <th> cells
            assertEquals(columns, cells.size(), "cells of " + tr);
            rows.add(cells);
        }
        return rows;
    }

    /** The seed's name cell as our name and abbreviation. */
    static String[] split(String nameCell) {
        for (Pattern p : List.of(PARENTHESISED, COMMA)) {
            Matcher m = p.matcher(nameCell);
            if (m.matches()) return new String[]{m.group(1), m.group(2)};
        }
        return new String[]{nameCell, null};
    }

    private static String orNull(String cell) {
        return "None".equals(cell) ? null : cell;
    }

    @Test
    void theSeedHas23JournalsAnd14Conferences() {
        assertEquals(23, journals.size());
        assertEquals(14, conferences.size());
    }

    @Test
    void contentHasTheSeedsJournalsAndNoOthers() {
        assertEquals(names(journals), names(catalog.journals().stream().map(Venue::name)));
    }

    @Test
    void contentHasTheSeedsConferencesAndNoOthers() {
        assertEquals(names(conferences), names(catalog.conferences().stream().map(Venue::name)));
    }

    @Test
    void nameCellsSplitIntoNameAndAbbreviation() {
        assertAll(
                () -> assertEquals(List.of("IEEE Transactions on Medical Imaging", "TMI"),
                        List.of(split("IEEE Transactions on Medical Imaging, TMI"))),
                () -> assertEquals(List.of("IEEE International Conference on Acoustics, Speech and Signal Processing", "ICASSP"),
                        List.of(split("IEEE International Conference on Acoustics, Speech and Signal Processing, ICASSP"))),
                () -> assertEquals(List.of("Conference on Medical Image Understanding and Analysis", "MIUA"),
                        List.of(split("Conference on Medical Image Understanding and Analysis (MIUA)"))),
                () -> assertEquals(java.util.Arrays.asList("Medical Image Analysis", null),
                        java.util.Arrays.asList(split("Medical Image Analysis"))));
    }

    @TestFactory
    Stream<DynamicTest> everySeedRowIsInContentWithTheSameValues() {
        Map<String, Venue> byName = Stream.concat(catalog.journals().stream(), catalog.conferences().stream())
                .collect(Collectors.toMap(Venue::name, Function.identity()));
        return Stream.concat(journals.stream(), conferences.stream()).map(row -> DynamicTest.dynamicTest(row.nameCell(), () -> {
            String[] nameAndAbbr = split(row.nameCell());
            Venue venue = byName.get(nameAndAbbr[0]);
            assertNotNull(venue, "no venue named \"" + nameAndAbbr[0] + "\" in content/");
            assertAll(
                    () -> assertEquals(row.kind(), venue.kind(), "kind"),
                    () -> assertEquals(nameAndAbbr[1], venue.abbr(), "abbr"),
                    () -> assertEquals(orNull(row.h5Index()), venue.h5Index() == null ? null : venue.h5Index().toString(), "h5_index"),
                    () -> assertEquals(orNull(row.ccf()), venue.ccf() == null ? null : venue.ccf().name(), "ccf"),
                    () -> assertEquals(orNull(row.impactFactor()),
                            venue.impactFactor() == null ? null : venue.impactFactor().toPlainString(), "impact_factor"),
                    () -> assertEquals(cas(row.cas()), venue.cas(), "cas"));
        }));
    }

    /** "工程技术 2区" → engineering, zone 2; "None" and a conference's missing column → null. */
    private static Cas cas(String cell) {
        if (cell == null || cell.equals("None")) return null;
        Matcher m = CAS.matcher(cell);
        assertTrue(m.matches(), "CAS cell \"" + cell + "\"");
        CasCategory category = CasCategory.byLabel(m.group(1)).orElseThrow(() -> new AssertionError("unknown CAS category " + m.group(1)));
        return new Cas(category, Integer.parseInt(m.group(2)));
    }

    @Test
    void impactFactorsKeepTheirWrittenDigits() {
        Map<String, String> written = catalog.journals().stream().filter(v -> v.impactFactor() != null)
                .collect(Collectors.toMap(Venue::id, v -> v.impactFactor().toPlainString()));
        assertAll(
                () -> assertEquals("5.5353", written.get("neural-networks")),
                () -> assertEquals("9.34", written.get("tip")),
                () -> assertEquals("5.223", written.get("jbhi")),
                () -> assertEquals("3.75", written.get("computerized-medical-imaging-and-graphics")));
    }

    private static TreeSet<String> names(List<Row> rows) {
        return names(rows.stream().map(r -> split(r.nameCell())[0]));
    }

    private static TreeSet<String> names(Stream<String> names) {
        List<String> list = names.toList();
        TreeSet<String> set = new TreeSet<>(list);
        assertEquals(list.size(), set.size(), "names are unique: " + list);
        return set;
    }
}
