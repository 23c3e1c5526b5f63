package io.github.venues.cli;

import io.github.venues.links.LinkStatus;
import io.github.venues.model.Venue;

import java.util.ArrayList;
import java.util.List;

/** The table {@code links} prints: one row per dead or redirected link, aligned columns. */
final class LinkReport {

    private LinkReport() {
    }

    static String table(List<Venue> venues, List<LinkStatus> statuses) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"RESULT", "FILE", "LINK", "DETAIL"});
        for (int i = 0; i < statuses.size(); i++) {
            LinkStatus s = statuses.get(i);
            if (s.verdict() == LinkStatus.Verdict.OK) continue;
            String detail = s.verdict() == LinkStatus.Verdict.REDIRECTED
                    ? "→ " + s.location() + " (update homepage)"
                    : (s.status() > 0 ? "HTTP " + s.status() : s.error()) + (s.location() != null ? " at " + s.location() : "")
                    + " (" + s.tries() + " tries)";
            rows.add(new String[]{s.verdict().name().toLowerCase(java.util.Locale.ROOT), venues.get(i).source(), s.url(), detail});
        }
        if (rows.size() == 1) return "";
        int[] widths = new int[3];
        for (String[] row : rows) {
            for (int c = 0; c < 3; c++) widths[c] = Math.max(widths[c], row[c].length());
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            for (int c = 0; c < 3; c++) out.append(String.format("%-" + widths[c] + "s  ", row[c]));
            out.append(row[3]).append('\n');
        }
        return out.toString();
    }
}
