package io.github.venues.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.venues.load.VenueFile;
import io.github.venues.load.YamlDocument;
import io.github.venues.problem.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rules that need {@code site.yaml}: a real date, and venue figures older than the list's editions. */
final class SiteRules {

    /** Metric keys of {@code editions}, with how a warning names each figure. */
    private static final Map<String, String> METRICS = Map.of(
            "impact_factor", "impact factor", "cas", "CAS partition", "h5_index", "h5-index", "ccf", "CCF class");

    private SiteRules() {
    }

    static List<Problem> check(YamlDocument site, List<VenueFile> venues) {
        List<Problem> problems = new ArrayList<>();
        JsonNode updated = site.root().path("updated");
        // The schema checks the YYYY-MM-DD shape; only a calendar knows 2026-02-30 does not exist.
        if (updated.isTextual() && updated.asText().matches("[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")) {
            try {
                LocalDate.parse(updated.asText());
            } catch (DateTimeParseException e) {
                problems.add(Problem.error(site.sources().valueAt("/updated"),
                        "updated must be a real date, got \"" + updated.asText() + "\""));
            }
        }
        JsonNode current = site.root().path("editions");
        for (VenueFile venue : venues) {
            if (venue.document() == null) continue;
            JsonNode root = venue.document().root();
            JsonNode own = root.path("editions");
            for (String metric : METRICS.keySet().stream().sorted().toList()) {
                JsonNode year = own.path(metric);
                JsonNode listYear = current.path(metric);
                boolean journalOnly = metric.equals("impact_factor") || metric.equals("cas");
                if (journalOnly && venue.kind() == io.github.venues.model.Kind.CONFERENCE) continue; // an error already
                if (year.isIntegralNumber() && !root.has(metric)) {
                    problems.add(Problem.warning(venue.document().sources().keyAt("/editions/" + metric),
                            "editions." + metric + " is given but the file has no " + metric,
                            "remove it, or add the figure it dates"));
                } else if (year.isIntegralNumber() && listYear.isIntegralNumber()
                        && year.intValue() < listYear.intValue()) {
                    problems.add(Problem.warning(venue.document().sources().valueAt("/editions/" + metric),
                            "the " + METRICS.get(metric) + " is from the " + year.intValue() + " edition, older than the list's "
                                    + listYear.intValue(),
                            "update " + metric + " and this year when a newer figure is out"));
                }
            }
        }
        return problems;
    }
}
