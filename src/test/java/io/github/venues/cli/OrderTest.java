package io.github.venues.cli;

import io.github.venues.model.Venue;
import io.github.venues.testing.CliRun;
import io.github.venues.testing.ContentFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** site.yaml's order sets the reading order of both tables on the site and in the README. */
class OrderTest {

    @TempDir
    Path tmp;

    ContentFolder content(String orderLine) {
        ContentFolder folder = ContentFolder.withSite(tmp.resolve("project"))
                .journal("a.yaml", "name: Alpha Journal\nimpact_factor: 2.5\nh5_index: 90\n")
                .journal("b.yaml", "name: Beta Journal\nimpact_factor: 11.2\nh5_index: 30\n")
                .journal("c.yaml", "name: Gamma Journal\nh5_index: 60\n")
                .conference("x.yaml", "name: Zeta Conference\nh5_index: 70\n")
                .conference("y.yaml", "name: Eta Conference\nh5_index: 20\n");
        if (orderLine != null) {
            folder.siteLine("order", orderLine);
        }
        return folder;
    }

    List<String> journals(ContentFolder folder) {
        return folder.validate().catalog().journals().stream().map(Venue::name).toList();
    }

    Document build(ContentFolder folder) throws Exception {
        Path out = tmp.resolve("site");
        CliRun run = CliRun.of("build", "--content", folder.content().toString(), "--out", out.toString(),
                "--readme", tmp.resolve("README.md").toString());
        assertEquals(0, run.exit(), run.err());
        return Jsoup.parse(out.resolve("index.html").toFile());
    }

    @Test
    void byDefaultTheHighestH5IndexComesFirst() throws Exception {
        ContentFolder folder = content(null);
        folder.write("site.yaml", ContentFolder.read(folder.content().resolve("site.yaml")).replaceFirst("(?m)^order:.*\n", ""));
        assertEquals(List.of("Alpha Journal", "Gamma Journal", "Beta Journal"), journals(folder));
        Document page = build(folder);
        assertEquals("descending", page.selectFirst("#journals th[data-key=h5]").attr("aria-sort"));
        assertEquals(1, page.select("#journals th[aria-sort]").size());
    }

    @Test
    void orderByNameSortsBothTablesAToZOnThePageAndInTheReadme() throws Exception {
        ContentFolder folder = content("order: name");
        assertEquals(List.of("Alpha Journal", "Beta Journal", "Gamma Journal"), journals(folder));
        Document page = build(folder);
        assertEquals("ascending", page.selectFirst("#journals th[data-key=name]").attr("aria-sort"));
        assertEquals("ascending", page.selectFirst("#conferences th[data-key=name]").attr("aria-sort"));
        assertEquals(List.of("Eta Conference", "Zeta Conference"), page.select("#conferences tbody th").eachText());
        String readme = Files.readString(tmp.resolve("README.md"));
        assertTrue(readme.indexOf("Eta Conference") < readme.indexOf("Zeta Conference"));
    }

    @Test
    void orderByImpactFactorSortsJournalsByItAndConferencesByH5Index() throws Exception {
        ContentFolder folder = content("order: impact_factor");
        assertEquals(List.of("Beta Journal", "Alpha Journal", "Gamma Journal"), journals(folder), "unknown impact factor last");
        Document page = build(folder);
        assertEquals("descending", page.selectFirst("#journals th[data-key=if]").attr("aria-sort"));
        assertEquals("descending", page.selectFirst("#conferences th[data-key=h5]").attr("aria-sort"));
        assertEquals(List.of("Zeta Conference", "Eta Conference"), page.select("#conferences tbody th").eachText());
    }

    @Test
    void anUnknownOrderIsALocatedError() {
        List<String> problems = content("order: newest").problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("content/site.yaml:\\d+:8: error: order must be one of h5_index, name, impact_factor, got \"newest\""),
                problems.get(0));
    }
}
