package io.github.venues.importer;

import io.github.venues.problem.Location;

/**
 * One cell of a table as the list's author wrote it.
 *
 * @param text the cell's text, white space collapsed, markup removed
 * @param href the address of the first link in the cell, or {@code null}
 * @param at   where the cell's content starts in the README
 */
record SourceCell(String text, String href, Location at) {

    SourceCell {
        text = text.strip().replaceAll("\\s+", " ");
    }
}
