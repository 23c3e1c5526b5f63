package io.github.venues.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The venue schema contributors' editors use speaks the same vocabulary as the model. */
class SchemaVocabularyTest {

    static JsonNode schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = new ObjectMapper().readTree(Path.of("content", "venue.schema.json").toFile());
    }

    @Test
    void theCasCategoryEnumListsTheModelsIdsInOrder() {
        List<String> inSchema = new ArrayList<>();
        schema.at("/properties/cas/properties/category/enum").forEach(n -> inSchema.add(n.asText()));
        assertEquals(Arrays.stream(CasCategory.values()).map(CasCategory::id).toList(), inSchema);
    }

    @Test
    void theCasCategoryHintListsTheSameIds() {
        String expected = schema.at("/properties/cas/properties/category/x-expected").asText();
        assertEquals("one of " + String.join(", ", Arrays.stream(CasCategory.values()).map(CasCategory::id).toList()), expected);
    }

    @Test
    void theCcfEnumListsTheModelsClassesInOrder() {
        List<String> inSchema = new ArrayList<>();
        schema.at("/properties/ccf/enum").forEach(n -> inSchema.add(n.asText()));
        assertEquals(Arrays.stream(Ccf.values()).map(Ccf::name).toList(), inSchema);
    }

    @Test
    void theSchemaHasProperties() {
        assertFalse(properties(schema, "").isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everyPropertySaysWhatIsExpectedAndDescribesItselfInBothLanguages() {
        return properties(schema, "").entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            JsonNode property = e.getValue();
            String description = property.path("description").asText("");
            assertAll(
                    () -> assertFalse(property.path("x-expected").asText("").isBlank(), "x-expected"),
                    () -> assertTrue(description.codePoints().anyMatch(SchemaVocabularyTest::isCjk), "a Chinese description: " + description),
                    () -> assertTrue(description.codePoints().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')),
                            "an English description: " + description));
        }));
    }

    /** Every property at any depth, by dotted name, with local $refs followed. */
    private static Map<String, JsonNode> properties(JsonNode node, String prefix) {
        Map<String, JsonNode> found = new java.util.TreeMap<>();
        JsonNode properties = resolve(node).path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = prefix + e.getKey();
            JsonNode property = resolve(e.getValue());
            found.put(name, property);
            found.putAll(properties(property, name + "."));
        }
        return found;
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : schema.at(ref.asText().substring(1));
    }

    private static boolean isCjk(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
