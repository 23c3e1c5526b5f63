package io.github.venues.validate;

import io.github.venues.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invisible and reordering characters in names, abbreviations, homepages and the site's texts:
 * a contributor cannot make a name look like another or display in another order unnoticed.
 * Each case is written as a YAML escape, the way it would hide in a pull request.
 */
class HostileTextTest {

    @TempDir
    Path project;

    private List<String> journal(String yaml) {
        return ContentFolder.withSite(project).journal("x.yaml", yaml).problems();
    }

    @Test
    void aRightToLeftOverrideInANameIsAnErrorThatSaysWhereItIs() {
        assertEquals(List.of("content/journals/x.yaml:1:7: error: name contains the bidirectional control U+202E"
                        + " (RIGHT-TO-LEFT OVERRIDE), which makes text display in another order than it is written"
                        + " (character 9 of the value); remove it"),
                journal("name: \"Medical \\u202Escisyhp\"\n"));
    }

    @Test
    void aZeroWidthSpaceInAnAbbreviationIsAnError() {
        assertEquals(List.of("content/journals/x.yaml:2:7: error: abbr contains the invisible character U+200B"
                        + " (ZERO WIDTH SPACE), which makes texts that look alike differ (character 2 of the value); remove it"),
                journal("name: Medical Physics\nabbr: \"T\\u200BMI\"\n"));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = ';', value = {
            // escape; field; what the message calls it
            "\\u202A; name; bidirectional control U+202A",
            "\\u202B; name; bidirectional control U+202B",
            "\\u202C; abbr; bidirectional control U+202C",
            "\\u202D; name; bidirectional control U+202D",
            "\\u2066; name; bidirectional control U+2066",
            "\\u2067; abbr; bidirectional control U+2067",
            "\\u2068; name; bidirectional control U+2068",
            "\\u2069; name; bidirectional control U+2069",
            "\\u200E; name; bidirectional control U+200E",
            "\\u200F; abbr; bidirectional control U+200F",
            "\\u061C; name; bidirectional control U+061C",
            "\\u2060; name; invisible character U+2060",
            "\\uFEFF; name; invisible character U+FEFF",
            "\\u00AD; name; invisible character U+00AD",
            "\\U000E0041; name; invisible character U+E0041",
            "\\u3164; abbr; invisible character U+3164",
            "\\t; name; control character U+0009",
            "\\0; name; control character U+0000",
            "\\e; abbr; control character U+001B",
            "\\x85; name; control character U+0085",
            "\\u2028; name; control character U+2028",
            "\\uD800; name; \\uD800, half of a surrogate pair",
            "\\n; name; a line break",
            "\\n; abbr; a line break",
    })
    void aHiddenCharacterIsOneErrorAtTheValue(String escape, String field, String called) {
        String value = "\"Medical " + escape + "Physics\"";
        String yaml = field.equals("name") ? "name: " + value + "\n" : "name: Medical Physics\nabbr: " + value + "\n";
        List<String> problems = journal(yaml);
        assertEquals(1, problems.size(), problems::toString);
        String at = field.equals("name") ? "content/journals/x.yaml:1:7: error: " : "content/journals/x.yaml:2:7: error: ";
        assertTrue(problems.get(0).startsWith(at + field + " contains " + (called.startsWith("a ") || called.startsWith("\\") ? "" : "the ") + called),
                problems.get(0));
        assertTrue(problems.get(0).contains("(character 9 of the value)"), problems.get(0));
    }

    @Test
    void aHiddenCharacterInAHomepageIsAnError() {
        assertEquals(List.of("content/journals/x.yaml:2:11: error: homepage contains the bidirectional control U+202E"
                        + " (RIGHT-TO-LEFT OVERRIDE), which makes text display in another order than it is written"
                        + " (character 21 of the value); remove it"),
                journal("name: Medical Physics\nhomepage: \"https://example.org/\\u202Egpj.exe\"\n"));
    }

    @Test
    void joinersAreOnlyWarnings() {
        Validation result = ContentFolder.withSite(project)
                .journal("x.yaml", "name: \"Journal of \\u0645\\u06CC\\u200C\\u0634\\u0648\\u062F\"\n").validate();
        assertEquals(List.of("content/journals/x.yaml:1:7: warning: name contains the invisible U+200C (ZERO WIDTH NON-JOINER)"
                        + " (character 14 of the value); fine where the script needs it; otherwise remove it"),
                result.problems().stream().map(Object::toString).toList());
        assertTrue(result.ok());
    }

    @Test
    void theSiteTitleAndDescriptionAreCheckedToo() {
        ContentFolder folder = ContentFolder.withSite(project).journal("x.yaml", "name: Medical Physics\n")
                .write("site.yaml", """
                        title:
                          en: "Awesome\\u200B Venues"
                          zh: 医学
                        description:
                          en: "A list\\u202E."
                          zh: |
                            列表。
                            第二行。
                        base_url: https://example.org/list/
                        updated: 2026-01-02
                        editions: {impact_factor: 2019, cas: 2020, h5_index: 2020, ccf: 2019}
                        """);
        List<String> problems = folder.problems();
        assertEquals(List.of(
                "content/site.yaml:2:7: error: title.en contains the invisible character U+200B (ZERO WIDTH SPACE),"
                        + " which makes texts that look alike differ (character 8 of the value); remove it",
                "content/site.yaml:5:7: error: description.en contains the bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE),"
                        + " which makes text display in another order than it is written (character 7 of the value); remove it"),
                problems);
    }

    @Test
    void plainTextInManyScriptsIsFine() {
        Validation result = ContentFolder.withSite(project)
                .journal("a.yaml", "name: Ärzteblatt — Revue médicale «Ωμέγα» 医学图像 (MIA)\nabbr: 医学\n")
                .journal("b.yaml", "name: \"Journal\\u00A0of Non-Breaking Spaces\"\n")
                .validate();
        assertEquals(List.of(), result.problems());
        assertFalse(result.catalog().journals().isEmpty());
    }
}
