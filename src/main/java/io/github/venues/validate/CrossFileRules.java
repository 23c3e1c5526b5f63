package io.github.venues.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.venues.load.VenueFile;
import io.github.venues.load.YamlDocument;
import io.github.venues.model.Kind;
import io.github.venues.problem.Location;
import io.github.venues.problem.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The rules a schema cannot express: they look at the file name, the folder, or other files. */
final class CrossFileRules {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** What differs from one plain space: a longer run, or a tab or line break alone. Most names have none. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s{2,}|[\\t\\n\\x0B\\f\\r]");
    private static final List<String> JOURNAL_ONLY = List.of("impact_factor", "cas");

    private CrossFileRules() {
    }

    /** @param venues every venue file, in a stable order: "first" and "again" follow it */
    static List<Problem> check(List<VenueFile> venues) {
        List<Problem> problems = new ArrayList<>();
        Map<String, VenueFile> ids = new HashMap<>();
        Map<String, Named> names = new HashMap<>();
        Map<String, Location> abbrs = new HashMap<>();
        for (VenueFile venue : venues) {
            Location fileStart = new Location(venue.path(), 1, 1);
            if (!ID.matcher(venue.id()).matches()) {
                problems.add(Problem.error(fileStart,
                        "file name \"" + venue.id() + "\" is not a valid id: use lowercase letters, digits and single hyphens",
                        "rename it to \"" + suggestId(venue.id()) + ".yaml\""));
            }
            VenueFile sameId = ids.putIfAbsent(venue.id(), venue);
            if (sameId != null) {
                // Reported on both files: in a pull request the new one is the file the contributor sees.
                String hint = "ids are file names and must be unique across journals and conferences";
                problems.add(Problem.error(fileStart, "duplicate id \"" + venue.id() + "\": " + sameId.path() + " has it too", hint));
                problems.add(Problem.error(new Location(sameId.path(), 1, 1),
                        "duplicate id \"" + venue.id() + "\": " + venue.path() + " has it too", hint));
            }
            YamlDocument doc = venue.document();
            if (doc == null) continue;
            if (venue.kind() == Kind.CONFERENCE) {
                journalOnly(doc, "", problems);
                journalOnly(doc, "/editions", problems);
            }
            JsonNode name = doc.root().get("name");
            if (name != null && name.isTextual()) {
                Location at = doc.sources().valueAt("/name");
                Named first = names.putIfAbsent(normalize(name.asText()), new Named(name.asText(), at));
                if (first != null) {
                    String hint = "each venue has one file: keep one and delete the other";
                    problems.add(Problem.error(at, "duplicate name \"" + name.asText() + "\": also at " + first.at, hint));
                    problems.add(Problem.error(first.at, "duplicate name \"" + first.text + "\": also at " + at, hint));
                }
            }
            JsonNode abbr = doc.root().get("abbr");
            if (abbr != null && abbr.isTextual()) {
                Location at = doc.sources().valueAt("/abbr");
                Location first = abbrs.putIfAbsent(normalize(abbr.asText()), at);
                if (first != null) {
                    problems.add(Problem.warning(at, "abbreviation \"" + abbr.asText() + "\" is also used at " + first,
                            "fine if two venues really share it; otherwise check for a duplicate"));
                }
            }
        }
        return problems;
    }

    private record Named(String text, Location at) {
    }

    private static void journalOnly(YamlDocument doc, String pointer, List<Problem> problems) {
        JsonNode object = doc.root().at(pointer);
        for (String key : JOURNAL_ONLY) {
            if (object.has(key)) {
                problems.add(Problem.error(doc.sources().keyAt(pointer + "/" + key),
                        key + " is for journals only, and this file is a conference",
                        "remove it, or move the file to content/journals/ if the venue is a journal"));
            }
        }
    }

    /** Names compare without case and repeated spaces: "Medical physics" duplicates "Medical Physics". */
    private static String normalize(String s) {
        return WHITESPACE.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** {@code IEEE_TMI} → {@code ieee-tmi}. */
    static String suggestId(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "venue" : slug;
    }
}
