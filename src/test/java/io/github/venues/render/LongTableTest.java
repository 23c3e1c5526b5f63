package io.github.venues.render;

import io.github.venues.model.Catalog;
import io.github.venues.model.Editions;
import io.github.venues.model.Kind;
import io.github.venues.model.Site;
import io.github.venues.model.Text;
import io.github.venues.model.Venue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A long table starts with its first {@link Pages#FIRST_ROWS} rows in the body; the others wait
 * in a {@code <template>} for the script, and a reader without JavaScript is told where the
 * whole list is. A short table (ours) is whole, with neither.
 */
class LongTableTest {

    private static final Editions EDITIONS = new Editions(2019, 2020, 2020, 2019);
    private static final Templates TEMPLATES = new Templates(Path.of("templates"));

    @Test
    void aTableWithMoreRowsThanTheFirstScreenfulKeepsTheRestInATemplate() {
        int journals = Pages.FIRST_ROWS + 50;
        Document page = englishPage(catalog(journals, 3));

        List<String> shown = page.select("#journals > tbody > tr").eachAttr("id");
        Element rest = page.getElementById("journals-rest");
        assertNotNull(rest, "the template of the other rows");
        assertEquals("template", rest.tagName());
        List<String> waiting = Jsoup.parseBodyFragment("<table><tbody>" + rest.html() + "</tbody></table>")
                .select("tr").eachAttr("id");
        assertEquals(Pages.FIRST_ROWS, shown.size());
        assertEquals(50, waiting.size());
        List<String> all = new ArrayList<>(shown);
        all.addAll(waiting);
        assertEquals(IntStream.range(0, journals).mapToObj(i -> String.format("v-j%04d", i)).toList(), all,
                "every row once, in the list's order: the first ones in the body, the rest after them");

        Element more = page.getElementById("journals-more");
        assertTrue(more.hasAttr("hidden"), "the button shows only once the script runs");
        assertEquals("Show more ({rest} not shown yet)", more.attr("data-template"));
        assertEquals(String.valueOf(Pages.FIRST_ROWS), more.attr("data-step"), "the script adds as many rows at a time");
        assertEquals("This list is long: the first 200 of 250 are shown. Turn on JavaScript to see, sort and filter all"
                + " of them, or download the CSV spreadsheet below.", page.select("noscript").text().trim());
        assertEquals("250 of 250 journals", page.getElementById("journals-count").text());
    }

    @Test
    void aShortTableIsWholeInItsBodyWithNoTemplateNorNote() {
        Document page = englishPage(catalog(Pages.FIRST_ROWS, 3));
        assertEquals(Pages.FIRST_ROWS, page.select("#journals > tbody > tr").size());
        assertEquals(3, page.select("#conferences > tbody > tr").size());
        assertNull(page.getElementById("journals-rest"));
        assertNull(page.getElementById("journals-more"));
        assertTrue(page.select("noscript").isEmpty());
    }

    private static Document englishPage(Catalog catalog) {
        Page page = new Pages(new Prose()).page(catalog, "en");
        return Jsoup.parse(TEMPLATES.render("page.html", Map.of("page", page)));
    }

    /** Journals j0000, j0001, ... with falling h5-indexes, so the default order is the id order. */
    private static Catalog catalog(int journals, int conferences) {
        Site site = new Site(new Text("测试", "Test"), new Text("测试列表", "A test list"), "https://example.org/", null,
                LocalDate.of(2026, 1, 2), EDITIONS, new Text("", ""), new Text("", ""));
        List<Venue> j = IntStream.range(0, journals).mapToObj(i -> venue(String.format("j%04d", i), Kind.JOURNAL, 100_000 - i)).toList();
        List<Venue> c = IntStream.range(0, conferences).mapToObj(i -> venue(String.format("c%04d", i), Kind.CONFERENCE, 100 - i)).toList();
        return new Catalog(site, j, c);
    }

    private static Venue venue(String id, Kind kind, int h5) {
        return new Venue(id, kind, "Venue " + id, null, null, null, null, h5, null, EDITIONS, "content/" + id + ".yaml");
    }
}
