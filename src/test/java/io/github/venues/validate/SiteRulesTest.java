package io.github.venues.validate;

import io.github.venues.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules that compare venue files with site.yaml (its editions are JCR 2019, CAS 2020, GSM 2020, CCF 2019). */
class SiteRulesTest {

    @TempDir
    Path tmp;

    @Test
    void aFigureFromAnOlderEditionThanTheListsIsAWarningAtItsYear() {
        var result = ContentFolder.withSite(tmp)
                .journal("x.yaml", "name: X\nh5_index: 40\neditions:\n  h5_index: 2018\n")
                .validate();
        assertEquals(List.of("content/journals/x.yaml:4:13: warning: the h5-index is from the 2018 edition, older than the list's 2020;"
                + " update h5_index and this year when a newer figure is out"), result.problems().stream().map(Object::toString).toList());
        assertTrue(result.ok(), "a warning never blocks");
        assertEquals(2018, result.catalog().journals().get(0).editions().h5Index());
        assertEquals(2019, result.catalog().journals().get(0).editions().impactFactor(), "other metrics keep the list's edition");
    }

    @Test
    void aNewerOrEqualEditionIsFine() {
        assertEquals(List.of(), ContentFolder.withSite(tmp)
                .journal("x.yaml", "name: X\nh5_index: 40\nccf: B\neditions:\n  h5_index: 2024\n  ccf: 2019\n")
                .problems());
    }

    @Test
    void anEditionForAFigureTheFileDoesNotHaveIsAWarning() {
        assertEquals(List.of("content/conferences/x.yaml:3:3: warning: editions.ccf is given but the file has no ccf;"
                        + " remove it, or add the figure it dates"),
                ContentFolder.withSite(tmp).conference("x.yaml", "name: X\neditions:\n  ccf: 2022\n").problems());
    }

    @Test
    void anUpdatedDateThatDoesNotExistIsAnError() {
        assertEquals(List.of("content/site.yaml:10:10: error: updated must be a real date, got \"2026-02-30\""),
                ContentFolder.withSite(tmp).journal("x.yaml", "name: X\n").siteLine("updated", "updated: 2026-02-30").problems());
    }
}
