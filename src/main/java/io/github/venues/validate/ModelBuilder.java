package io.github.venues.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.venues.load.VenueFile;
import io.github.venues.model.Cas;
import io.github.venues.model.CasCategory;
import io.github.venues.model.Ccf;
import io.github.venues.model.Editions;
import io.github.venues.model.Order;
import io.github.venues.model.Site;
import io.github.venues.model.Text;
import io.github.venues.model.Venue;

import java.time.LocalDate;
import java.util.Map;

/** Turns documents that passed validation into model records. It trusts the schema's checks. */
final class ModelBuilder {

    private ModelBuilder() {
    }

    static Site site(JsonNode root, Map<String, String> prose) {
        return new Site(text(root.get("title")), text(root.get("description")),
                root.get("base_url").asText(), textOrNull(root, "repository"),
                LocalDate.parse(root.get("updated").asText()), editions(root.get("editions"), null),
                prose(prose, "intro"), prose(prose, "notes"),
                root.has("order") ? Order.byId(root.get("order").asText()).orElseThrow() : Order.H5_INDEX);
    }

    /** {@code intro} → the texts of {@code intro.zh.md} and {@code intro.en.md}, empty when absent. */
    private static Text prose(Map<String, String> prose, String name) {
        return new Text(prose.getOrDefault(name + ".zh.md", "").strip(), prose.getOrDefault(name + ".en.md", "").strip());
    }

    static Venue venue(VenueFile file, Editions defaults) {
        JsonNode root = file.document().root();
        JsonNode cas = root.get("cas");
        JsonNode ccf = root.get("ccf");
        JsonNode impact = root.get("impact_factor");
        JsonNode h5 = root.get("h5_index");
        return new Venue(file.id(), file.kind(),
                root.get("name").asText(),
                textOrNull(root, "abbr"),
                textOrNull(root, "homepage"),
                impact == null ? null : impact.decimalValue(),
                cas == null ? null : new Cas(CasCategory.byId(cas.get("category").asText()).orElseThrow(), cas.get("zone").asInt()),
                h5 == null ? null : h5.intValue(),
                ccf == null ? null : Ccf.valueOf(ccf.asText()),
                editions(root.get("editions"), defaults),
                file.path());
    }

    /** Reads an editions mapping; missing years come from {@code defaults}. */
    private static Editions editions(JsonNode node, Editions defaults) {
        if (node == null) return defaults;
        return new Editions(
                year(node, "impact_factor", defaults == null ? 0 : defaults.impactFactor()),
                year(node, "cas", defaults == null ? 0 : defaults.cas()),
                year(node, "h5_index", defaults == null ? 0 : defaults.h5Index()),
                year(node, "ccf", defaults == null ? 0 : defaults.ccf()));
    }

    private static int year(JsonNode node, String key, int fallback) {
        JsonNode year = node.get(key);
        return year == null ? fallback : year.intValue();
    }

    private static Text text(JsonNode node) {
        return new Text(node.get("zh").asText(), node.get("en").asText());
    }

    private static String textOrNull(JsonNode root, String key) {
        JsonNode node = root.get(key);
        return node == null ? null : node.asText();
    }
}
