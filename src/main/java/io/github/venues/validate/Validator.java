package io.github.venues.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.venues.load.Content;
import io.github.venues.load.VenueFile;
import io.github.venues.load.YamlDocument;
import io.github.venues.model.Catalog;
import io.github.venues.model.Editions;
import io.github.venues.model.Kind;
import io.github.venues.model.Site;
import io.github.venues.model.Venue;
import io.github.venues.problem.Location;
import io.github.venues.problem.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates loaded content: each file against its JSON Schema, then the rules across files.
 * Every problem is collected; the model is built only when there is no error.
 */
public final class Validator {

    private final SchemaCheck venueSchema = SchemaCheck.bundled(SchemaCheck.VENUE_SCHEMA);
    private final SchemaCheck siteSchema = SchemaCheck.bundled(SchemaCheck.SITE_SCHEMA);

    public Validation validate(Content content) {
        List<Problem> problems = new ArrayList<>(content.problems());
        if (content.site() != null) {
            List<Problem> siteProblems = siteSchema.check(content.site());
            problems.addAll(siteProblems);
            problems.addAll(realDate(content.site(), "updated", siteProblems));
        }
        List<VenueFile> parsed = content.venues().stream().filter(v -> v.document() != null).toList();
        parsed.parallelStream().map(v -> venueSchema.check(v.document())).toList().forEach(problems::addAll);
        problems.addAll(CrossFileRules.check(content.venues()));

        if (content.site() == null || problems.stream().anyMatch(Problem::isError)) {
            return new Validation(problems, null);
        }
        Site site = ModelBuilder.site(content.site().root());
        Editions defaults = site.editions();
        List<Venue> journals = new ArrayList<>();
        List<Venue> conferences = new ArrayList<>();
        for (VenueFile file : content.venues()) {
            Venue venue = ModelBuilder.venue(file, defaults);
            (venue.kind() == Kind.JOURNAL ? journals : conferences).add(venue);
        }
        return new Validation(problems, new Catalog(site, journals, conferences));
    }

    /**
     * The schema checks that a date is written YYYY-MM-DD; only a calendar knows that 2026-02-30
     * does not exist (the model could not be built from it).
     */
    private static List<Problem> realDate(YamlDocument doc, String key, List<Problem> schemaProblems) {
        JsonNode value = doc.root().get(key);
        if (value == null || !value.isTextual()) return List.of();
        Location at = doc.sources().valueAt("/" + key);
        if (schemaProblems.stream().anyMatch(p -> p.location().equals(at))) return List.of();
        try {
            LocalDate.parse(value.asText());
            return List.of();
        } catch (DateTimeParseException e) {
            return List.of(Problem.error(at, key + " must be a real date, got \"" + value.asText() + "\""));
        }
    }

    /** The bundled schema of venue files, as published beside the site. */
    public static byte[] venueSchemaBytes() {
        return SchemaCheck.bundledBytes(SchemaCheck.VENUE_SCHEMA);
    }
}
