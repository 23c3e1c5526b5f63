package io.github.venues.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.venues.model.Kind;
import io.github.venues.validate.Validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The starting file {@code venues new} writes: the schema line, then every field of the kind in
 * the canonical order, each under a bilingual comment taken from the schema's description (the
 * one place fields are explained). Only the name, and the abbreviation when given, are filled
 * in; the rest are commented out, so the new file is valid as it is.
 */
public final class Scaffold {

    private static final List<String> JOURNAL_FIELDS = List.of("homepage", "impact_factor", "cas", "h5_index", "ccf");
    private static final List<String> CONFERENCE_FIELDS = List.of("homepage", "h5_index", "ccf");

    private Scaffold() {
    }

    /** The id {@code new} gives a venue: a slug of the abbreviation when there is one, else of the name. */
    public static String id(String name, String abbr) {
        return VenueName.slug(abbr != null ? abbr : name);
    }

    public static String text(VenueDraft draft) {
        JsonNode properties = schema().path("properties");
        StringBuilder out = new StringBuilder(VenueYaml.SCHEMA_LINE).append('\n');
        out.append("# Delete or leave commented any line whose value is unknown; never write None.\n");
        out.append("# 未知的值保持注释或删除该行，不要写 None。\n");
        field(out, properties, "name", "name: " + VenueYaml.scalar(draft.name()));
        field(out, properties, "abbr", draft.abbr() == null ? "# abbr: " : "abbr: " + VenueYaml.scalar(draft.abbr()));
        for (String key : draft.kind() == Kind.JOURNAL ? JOURNAL_FIELDS : CONFERENCE_FIELDS) {
            field(out, properties, key, switch (key) {
                case "homepage" -> "# homepage: https://";
                case "impact_factor" -> "# impact_factor: 0.000";
                case "cas" -> "# cas:\n#   category: engineering\n#   zone: 1";
                case "h5_index" -> "# h5_index: 0";
                default -> "# ccf: C";
            });
        }
        return out.toString();
    }

    private static void field(StringBuilder out, JsonNode properties, String key, String line) {
        out.append('\n');
        for (String part : properties.path(key).path("description").asText().split(" · ")) {
            out.append("# ").append(part.strip()).append('\n');
        }
        out.append(line).append('\n');
    }

    private static JsonNode schema() {
        try {
            return new ObjectMapper().readTree(Validator.venueSchemaBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
