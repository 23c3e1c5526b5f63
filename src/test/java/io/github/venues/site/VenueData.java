package io.github.venues.site;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.venues.model.CasCategory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The venues as a build's {@code venues.json} lists them, and the orders and filters the site
 * promises, worked out here independently of the page's script: the tests' oracle.
 */
final class VenueData {

    /** One venue; a {@code null} field is unknown. {@code impactFactor} keeps the number as written. */
    record Venue(String id, String kind, String name, String abbr, String homepage, String impactFactor,
                 String casCategory, Integer casZone, Integer h5, String ccf) {

        String rowId() {
            return "v-" + id;
        }

        /** The value a column sorts by, or {@code null} when unknown. */
        Comparable<?> key(String column) {
            return switch (column) {
                case "name" -> name.toLowerCase(Locale.ROOT);
                case "if" -> impactFactor == null ? null : new BigDecimal(impactFactor);
                // Zone first, then the category in the vocabulary's order.
                case "cas" -> casZone == null ? null
                        : casZone * 100 + CasCategory.byId(casCategory).orElseThrow().ordinal();
                case "h5" -> h5;
                case "ccf" -> ccf; // "A" < "B" < "C"
                default -> throw new IllegalArgumentException(column);
            };
        }
    }

    final String url;
    final String updated;
    final List<Venue> journals;
    final List<Venue> conferences;

    private VenueData(String url, String updated, List<Venue> journals, List<Venue> conferences) {
        this.url = url;
        this.updated = updated;
        this.journals = journals;
        this.conferences = conferences;
    }

    static VenueData read(Path venuesJson) {
        try {
            JsonNode root = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(venuesJson.toFile());
            return new VenueData(root.get("url").asText(), root.get("updated").asText(),
                    venues(root.get("journals")), venues(root.get("conferences")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Venue> venues(JsonNode list) {
        List<Venue> out = new ArrayList<>();
        for (JsonNode v : list) {
            JsonNode cas = v.path("cas");
            out.add(new Venue(v.get("id").asText(), v.get("kind").asText(), v.get("name").asText(),
                    text(v.get("abbr")), text(v.get("homepage")),
                    v.hasNonNull("impact_factor") ? v.get("impact_factor").decimalValue().toPlainString() : null,
                    cas.isObject() ? cas.get("category").asText() : null,
                    cas.isObject() ? cas.get("zone").asInt() : null,
                    v.hasNonNull("h5_index") ? v.get("h5_index").asInt() : null,
                    text(v.get("ccf"))));
        }
        return List.copyOf(out);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    List<Venue> table(String tableId) {
        return switch (tableId) {
            case "journals" -> journals;
            case "conferences" -> conferences;
            default -> throw new IllegalArgumentException(tableId);
        };
    }

    /** The generator's order: h5-index descending, then name, unknown h5-index last. */
    static List<String> defaultOrder(List<Venue> venues) {
        return inDefaultOrder(venues).stream().map(Venue::rowId).toList();
    }

    static List<Venue> inDefaultOrder(List<Venue> venues) {
        Comparator<Venue> order = Comparator
                .comparing(Venue::h5, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
                .thenComparing(v -> v.name().toLowerCase(Locale.ROOT));
        return venues.stream().sorted(order).toList();
    }

    /**
     * The row order after sorting {@code venues} (given in the page's initial order) by a column:
     * unknown values last in both directions, ties in the initial order.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<String> sorted(List<Venue> venues, String column, boolean ascending) {
        Comparator<Comparable> natural = Comparator.naturalOrder();
        Comparator<Comparable> direction = ascending ? natural : natural.reversed();
        Function<Venue, Comparable> key = v -> v.key(column);
        Comparator<Venue> order = Comparator.comparing(key, Comparator.nullsLast(direction));
        return venues.stream().sorted(order).map(Venue::rowId).toList(); // stable
    }

    static List<String> ids(List<Venue> venues, Predicate<Venue> which) {
        return venues.stream().filter(which).map(Venue::rowId).toList();
    }

    static Venue byId(List<Venue> venues, String id) {
        return venues.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no venue " + id));
    }
}
