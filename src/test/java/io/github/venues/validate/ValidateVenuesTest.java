package io.github.venues.validate;

import io.github.venues.load.VenueFile;
import io.github.venues.load.YamlParser;
import io.github.venues.model.Kind;
import io.github.venues.problem.Problem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Venue files can be checked without a site.yaml, e.g. right after a command wrote them. */
class ValidateVenuesTest {

    private static VenueFile venue(Kind kind, String id, String yaml) {
        String path = "content/" + kind.folder() + "/" + id + ".yaml";
        return new VenueFile(kind, id, path, YamlParser.parse(yaml.getBytes(StandardCharsets.UTF_8), path).document());
    }

    @Test
    void validFilesHaveNoProblems() {
        List<Problem> problems = new Validator().validateVenues(List.of(
                venue(Kind.JOURNAL, "tmi", "name: IEEE Transactions on Medical Imaging\nabbr: TMI\nimpact_factor: 6.685\n"),
                venue(Kind.CONFERENCE, "miccai", "name: MICCAI conference\nh5_index: 61\n")));

        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void appliesTheSchemaAndTheRulesAcrossFiles() {
        List<Problem> problems = new Validator().validateVenues(List.of(
                venue(Kind.JOURNAL, "a", "name: Same Name\nccf: D\n"),
                venue(Kind.CONFERENCE, "b", "name: same name\nimpact_factor: 1.5\n")));

        assertEquals(List.of(
                "content/conferences/b.yaml:1:7: error",
                "content/conferences/b.yaml:2:1: error",
                "content/journals/a.yaml:1:7: error",
                "content/journals/a.yaml:2:6: error"),
                problems.stream().map(p -> p.location() + ": " + p.severity().label()).toList(), problems::toString);
        assertTrue(problems.get(0).message().startsWith("duplicate name"), problems::toString);
        assertTrue(problems.get(1).message().contains("journals only"), problems::toString);
        assertTrue(problems.get(2).message().startsWith("duplicate name"), problems::toString);
        assertTrue(problems.get(3).message().startsWith("ccf must be"), problems::toString);
    }
}
