package io.github.venues.validate;

import io.github.venues.load.Content;
import io.github.venues.load.VenueFile;
import io.github.venues.model.Catalog;
import io.github.venues.model.Editions;
import io.github.venues.model.Kind;
import io.github.venues.model.Site;
import io.github.venues.model.Venue;
import io.github.venues.problem.Problem;

import io.github.venues.load.YamlDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates loaded content: each file against its JSON Schema, then the rules across files.
 * Every problem is collected; the model is built only when there is no error.
 */
public final class Validator {

    private final SchemaCheck venueSchema = SchemaCheck.bundled(SchemaCheck.VENUE_SCHEMA);
    private final SchemaCheck siteSchema = SchemaCheck.bundled(SchemaCheck.SITE_SCHEMA);
    private final boolean remember;
    /**
     * With {@code remember}, each file's own problems from the last run, by document identity:
     * the preview server's {@code ParseCache} hands back the very same document for a file that
     * did not change, so only changed files are checked again. Cross-file rules always run.
     */
    private volatile Map<YamlDocument, List<Problem>> lastRun = Map.of();

    /** A validator for one run. */
    public Validator() {
        this(false);
    }

    /** @param remember keep each file's problems for the next run (for a long-running process) */
    public Validator(boolean remember) {
        this.remember = remember;
    }

    public Validation validate(Content content) {
        List<Problem> problems = new ArrayList<>(content.problems());
        if (content.site() != null) {
            problems.addAll(check(siteSchema, content.site(), TextRules.SITE_FIELDS));
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
        Map<YamlDocument, List<Problem>> last = lastRun;
        List<List<Problem>> own = parsed.parallelStream().map(v -> {
            List<Problem> known = last.get(v.document());
            return known != null ? known : check(venueSchema, v.document(), TextRules.VENUE_FIELDS);
        }).toList();
        own.forEach(problems::addAll);
        if (remember) {
            Map<YamlDocument, List<Problem>> next = new IdentityHashMap<>(parsed.size() * 2);
            for (int i = 0; i < parsed.size(); i++) next.put(parsed.get(i).document(), own.get(i));
            lastRun = next;
        }
        problems.addAll(CrossFileRules.check(venues));
        problems.sort(Problem.ORDER);
        return problems;
    }

    /**
     * One file's own problems: its text fields' characters ({@link TextRules}), then its schema.
     * A value refused for its characters is not reported again by the schema in vaguer words.
     */
    private static List<Problem> check(SchemaCheck schema, YamlDocument doc, List<TextRules.Field> fields) {
        Map<String, Problem> text = TextRules.check(doc, fields);
        Set<String> refused = new HashSet<>();
        text.forEach((pointer, problem) -> {
            if (problem.isError()) refused.add(pointer);
        });
        List<Problem> problems = new ArrayList<>(text.values());
        problems.addAll(schema.check(doc, refused));
        return problems;
    }

    /** The bundled schema of venue files, as published beside the site. */
    public static byte[] venueSchemaBytes() {
        return SchemaCheck.bundledBytes(SchemaCheck.VENUE_SCHEMA);
    }
}
