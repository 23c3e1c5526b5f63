package io.github.venues.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.github.venues.load.SourceMap;
import io.github.venues.load.YamlDocument;
import io.github.venues.model.CasCategory;
import io.github.venues.problem.Location;
import io.github.venues.problem.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a parsed file against a JSON Schema (the same file editors use) and turns the
 * validator's errors into located problems a contributor can act on. The words of "what is
 * expected" come from each property's {@code x-expected} in the schema.
 */
final class SchemaCheck {

    /** The schemas, bundled from {@code content/*.schema.json} at build time. */
    static final String VENUE_SCHEMA = "venue.schema.json";
    static final String SITE_SCHEMA = "site.schema.json";

    private static final Set<String> NONE_WORDS = Set.of("none", "null", "nil", "n/a", "na", "-", "—", "–", "?",
            "unknown", "no", "tbd", "");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private final Schema schema;
    private final JsonNode definition;

    private SchemaCheck(JsonNode definition) {
        this.definition = definition;
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(definition);
    }

    static SchemaCheck bundled(String name) {
        return new SchemaCheck(bundledDefinition(name));
    }

    static JsonNode bundledDefinition(String name) {
        try {
            return new ObjectMapper().readTree(bundledBytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a bundled schema, exactly as in {@code content/}. */
    static byte[] bundledBytes(String name) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/schema/" + name)) {
            if (in == null) throw new IllegalStateException("schema " + name + " is not bundled");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Problem> check(YamlDocument doc) {
        return check(doc, Set.of());
    }

    /** @param reported pointers of values already reported in other words: not reported again */
    List<Problem> check(YamlDocument doc, Set<String> reported) {
        SourceMap sources = doc.sources();
        Map<String, Problem> firstPerPlace = new LinkedHashMap<>();
        for (Error error : schema.validate(doc.root())) {
            String pointer = pointer(error.getInstanceLocation());
            String property = error.getProperty();
            String place = property == null ? pointer : pointer + "/" + escape(property);
            if (sources.isReported(place) || reported.contains(place) || firstPerPlace.containsKey(place)) continue;
            firstPerPlace.put(place, describe(error, pointer, sources));
        }
        return new ArrayList<>(firstPerPlace.values());
    }

    private Problem describe(Error error, String pointer, SourceMap sources) {
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        switch (keyword) {
            case "additionalProperties" -> {
                String key = error.getProperty();
                List<String> allowed = propertyNames(schemaAt(pointer));
                String suggestion = DidYouMean.closest(key, allowed);
                return Problem.error(sources.keyAt(pointer + "/" + escape(key)),
                        "unknown key \"" + key + "\"" + in(pointer),
                        suggestion != null ? "did you mean \"" + suggestion + "\"?" : "allowed keys: " + String.join(", ", allowed));
            }
            case "required" -> {
                String key = error.getProperty();
                String expected = expectedAt(pointer + "/" + escape(key));
                Location at = pointer.isEmpty() ? new Location(sources.file(), 1, 1) : sources.keyAt(pointer);
                return Problem.error(at, "missing required key \"" + key + "\"" + in(pointer),
                        expected == null ? null : "add " + key + ": with " + expected);
            }
            default -> {
                Location at = sources.valueAt(pointer);
                String expected = expectedAt(pointer);
                JsonNode value = error.getInstanceNode();
                if (expected == null) {
                    return Problem.error(at, error.getMessage());
                }
                return Problem.error(at, name(pointer) + " must be " + expected + ", got " + shown(value), hint(pointer, value));
            }
        }
    }

    /** A hint for the mistakes contributors actually make. */
    private String hint(String pointer, JsonNode value) {
        if (value == null || value.isNull()) {
            return "an unknown value is left out: delete this line";
        }
        if (value.isNumber()) {
            // Larger than any real figure (a typo, most likely), where the expected words do not say the bound.
            JsonNode maximum = schemaAt(pointer).path("maximum");
            if (!maximum.isNumber() || value.decimalValue().compareTo(maximum.decimalValue()) <= 0) return null;
            String expected = expectedAt(pointer);
            return expected != null && expected.contains(maximum.asText()) ? null : "at most " + maximum.asText() + ": check the figure";
        }
        if (!value.isTextual()) return null;
        String text = value.asText();
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (NONE_WORDS.contains(text.trim().toLowerCase(Locale.ROOT)) && !field.equals("name")) {
            return "an unknown value is left out: delete this line";
        }
        if (!text.equals(text.strip())) {
            return "remove the spaces at the start and end";
        }
        if (NUMBER_LIKE.matcher(text).matches()) {
            return text.matches("[-+]?0\\d.*") ? "write the number without leading zeros" : "write the number without quotes";
        }
        if (field.equals("homepage") || field.equals("base_url") || field.equals("repository")) {
            if (field.equals("repository") && !text.regionMatches(true, 0, "https://", 0, 8)) return "use https://";
            if (!text.matches("(?i)https?://.*")) return "only http:// and https:// addresses are allowed";
            if (text.chars().anyMatch(Character::isWhitespace)) return "a web address has no spaces";
            if (field.equals("base_url") && !text.endsWith("/")) return "end it with /";
            return null;
        }
        JsonNode allowed = schemaAt(pointer).path("enum");
        if (allowed.isArray()) {
            List<String> words = new ArrayList<>();
            allowed.forEach(w -> words.add(w.asText()));
            String suggestion = DidYouMean.closest(text, words);
            if (suggestion == null && field.equals("category")) {
                suggestion = CasCategory.byLabel(text).map(CasCategory::id).orElse(null);
            }
            return suggestion == null ? null : "did you mean \"" + suggestion + "\"?";
        }
        return null;
    }

    /** How a value is quoted back to the contributor. */
    static String shown(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) return "nothing";
        if (value.isObject()) return "a mapping";
        if (value.isArray()) return "a list";
        if (value.isBigDecimal()) return value.decimalValue().toPlainString();
        return value.toString(); // JSON text: strings come quoted and escaped
    }

    private String expectedAt(String pointer) {
        JsonNode node = schemaAt(pointer).get("x-expected");
        return node == null ? null : node.asText();
    }

    /** The sub-schema that describes the value at {@code pointer}, following local {@code $ref}s. */
    private JsonNode schemaAt(String pointer) {
        JsonNode node = definition;
        if (!pointer.isEmpty()) {
            for (String segment : pointer.substring(1).split("/", -1)) {
                node = resolve(node).path("properties").path(unescape(segment));
            }
        }
        return resolve(node);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref != null && ref.asText().startsWith("#") ? definition.at(ref.asText().substring(1)) : node;
    }

    private List<String> propertyNames(JsonNode schemaNode) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = schemaNode.path("properties").fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String in(String pointer) {
        return pointer.isEmpty() ? "" : " in " + name(pointer);
    }

    /** {@code /cas/zone} → {@code cas.zone}. */
    static String name(String pointer) {
        return pointer.isEmpty() ? "the file" : unescape(pointer.substring(1).replace('/', '.'));
    }

    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(escape(String.valueOf(path.getElement(i))));
        }
        return sb.toString();
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
