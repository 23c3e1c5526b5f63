package io.github.venues.importer;

import io.github.venues.model.Kind;
import io.github.venues.problem.Location;

import java.util.List;

/**
 * A table found in a README, HTML or pipe table alike.
 *
 * @param headingKind what the nearest heading above it says it lists, or {@code null} when it says nothing clear
 * @param header      the header row's cells
 * @param rows        the data rows, in order
 * @param at          where the table starts
 */
record SourceTable(Kind headingKind, List<SourceCell> header, List<List<SourceCell>> rows, Location at) {

    SourceTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
