package io.github.venues.validate;

import io.github.venues.load.Content;
import io.github.venues.load.VenueFile;
import io.github.venues.model.Catalog;
import io.github.venues.model.Editions;
import io.github.venues.model.Kind;
import io.github.venues.model.Site;
import io.github.venues.model.Venue;
import io.github.venues.problem.Problem;

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
            problems.addAll(siteSchema.check(content.site()));
        }
        problems.addAll(validateVenues(content.venues()));
        if (content.site() != null) {
            problems.addAll(SiteRules.check(content.site(), content.venues()));
        }

        if (content.site() == null || problems.stream().anyMatch(Problem::isError)) {
            return new Validation(problems, null);
        }
        Site site = ModelBuilder.site(content.site().root(), content.prose());
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
     * Checks venue files on their own, without {@code site.yaml}: each parsed file against the
     * venue schema, then the rules across files (ids, duplicate names and abbreviations,
     * journal-only keys in conferences). Commands that write venue files check them with this.
     *
     * @param venues in a stable order: a duplicate is reported at the later of two files
     * @return the problems, in file/line order
     */
    public List<Problem> validateVenues(List<VenueFile> venues) {
        List<Problem> problems = new ArrayList<>();
        List<VenueFile> parsed = venues.stream().filter(v -> v.document() != null).toList();
        parsed.parallelStream().map(v -> venueSchema.check(v.document())).toList().forEach(problems::addAll);
        problems.addAll(CrossFileRules.check(venues));
        problems.sort(Problem.ORDER);
        return problems;
    }

    /** The bundled schema of venue files, as published beside the site. */
    public static byte[] venueSchemaBytes() {
        return SchemaCheck.bundledBytes(SchemaCheck.VENUE_SCHEMA);
    }
}
