package io.github.venues.load;

import io.github.venues.problem.Problem;

import java.util.List;
import java.util.Map;

/**
 * Everything read from a content folder, before validation.
 *
 * @param site     {@code site.yaml}, or {@code null} when missing or unreadable
 * @param venues   every venue file in a stable order (kind, then file name)
 * @param prose    Markdown texts by file name ({@code intro.en.md} → its text)
 * @param problems what went wrong while reading
 */
public record Content(YamlDocument site, List<VenueFile> venues, Map<String, String> prose, List<Problem> problems) {

    public Content {
        venues = List.copyOf(venues);
        prose = Map.copyOf(prose);
        problems = List.copyOf(problems);
    }
}
