package io.github.venues.render;

import java.util.List;

/**
 * One venue as a table row: the name cell plus the metric cells, and the values the page's
 * filters read ({@code none} where unknown).
 *
 * @param search lower-case name and abbreviation, which the search box matches
 */
public record Row(String id, String name, String abbr, String homepage, String nameSort,
                  String search, String ccf, String zone, String category, List<Cell> cells) {
}
