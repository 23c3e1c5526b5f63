package io.github.venues.load;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One parsed YAML file: its data as a JSON tree (so the JSON Schema validator sees exactly what
 * our loader read) and the source location of every key and value.
 *
 * @param path the file as shown in messages, e.g. {@code content/journals/tmi.yaml}
 * @param raw  the file's text, BOM removed, for tools that quote it
 */
public record YamlDocument(String path, JsonNode root, SourceMap sources, String raw) {
}
