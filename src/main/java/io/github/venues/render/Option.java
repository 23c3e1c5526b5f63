package io.github.venues.render;

/** An entry of a filter's drop-down list. */
public record Option(String value, String label) {
}
