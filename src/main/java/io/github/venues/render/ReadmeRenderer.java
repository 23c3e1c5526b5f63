package io.github.venues.render;

import io.github.venues.model.Catalog;
import io.github.venues.model.Editions;
import io.github.venues.model.Kind;
import io.github.venues.model.Site;
import io.github.venues.model.Text;
import io.github.venues.model.Venue;
import io.github.venues.model.Vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders {@code README.md} from the catalog with the TEXT template {@code templates/README.md}.
 * Every value is escaped here, so the template only places ready-made Markdown.
 */
public final class ReadmeRenderer {

    public static final String TEMPLATE = "README.md";
    /** Where unknown values show in the README. */
    static final String UNKNOWN = "—";

    private final Templates templates;

    public ReadmeRenderer(Templates templates) {
        this.templates = templates;
    }

    public String render(Catalog catalog) {
        Site site = catalog.site();
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("title", Markdown.text(site.title().en()));
        vars.put("titleZh", Markdown.text(site.title().zh()));
        vars.put("description", paragraphs(Markdown.text(site.description().zh()), Markdown.text(site.description().en())));
        vars.put("intro", paragraphs(ReadmeProse.clean(site.intro().zh()), ReadmeProse.clean(site.intro().en())));
        vars.put("notes", paragraphs(ReadmeProse.clean(site.notes().zh()), ReadmeProse.clean(site.notes().en())));
        vars.put("siteUrl", WebAddress.isWeb(site.baseUrl()) ? Markdown.url(site.baseUrl()) : "");
        vars.put("journals", table(catalog, Kind.JOURNAL));
        vars.put("conferences", table(catalog, Kind.CONFERENCE));
        vars.put("editions", editions(site.editions()));
        vars.put("updated", site.updated().toString());
        Map<String, Heading> headings = headings();
        vars.put("h", headings);
        vars.put("contents", List.of(headings.get("journals").tocEntry(), headings.get("conferences").tocEntry(),
                headings.get("editions").tocEntry()));
        return templates.render(TEMPLATE, vars);
    }

    /** Chinese, then English, as separate paragraphs; a missing one is left out. */
    private static String paragraphs(String zh, String en) {
        return java.util.stream.Stream.of(zh, en).filter(s -> !s.isBlank()).collect(java.util.stream.Collectors.joining("\n\n"));
    }

    /** How a column's cells line up: text to the left, figures to the right, classes centred. */
    enum Align {
        NONE, RIGHT, CENTER
    }

    /** The header row, the alignment row and one row per venue, each a finished Markdown line. */
    static List<String> table(Catalog catalog, Kind kind) {
        boolean journal = kind == Kind.JOURNAL;
        List<String> header = new ArrayList<>(List.of(kind.label().both()));
        List<Align> align = new ArrayList<>(List.of(Align.NONE));
        if (journal) {
            header.add(Vocabulary.IMPACT_FACTOR.both());
            header.add(Vocabulary.CAS.both());
            align.addAll(List.of(Align.RIGHT, Align.NONE));
        }
        header.add(Vocabulary.H5_INDEX.both());
        header.add(Vocabulary.CCF.both());
        align.addAll(List.of(Align.RIGHT, Align.CENTER));

        List<List<String>> rows = new ArrayList<>();
        rows.add(header.stream().map(Markdown::text).toList());
        for (Venue v : catalog.venues(kind)) {
            List<String> cells = new ArrayList<>();
            cells.add(Markdown.link(v.displayName(), v.homepage()));
            if (journal) {
                cells.add(v.impactFactor() == null ? UNKNOWN : v.impactFactor().toPlainString());
                cells.add(v.cas() == null ? UNKNOWN : Markdown.text(casLabel(v)));
            }
            cells.add(v.h5Index() == null ? UNKNOWN : v.h5Index().toString());
            cells.add(v.ccf() == null ? UNKNOWN : v.ccf().name());
            rows.add(cells);
        }
        return aligned(rows, align);
    }

    /**
     * Lays out a table with its pipes in line: every cell padded to its column's width, by the
     * column's alignment, and the alignment row as wide. This is the layout awesome-lint's
     * {@code table-pipe-alignment} and {@code table-cell-padding} rules ask for. Widths count
     * UTF-16 units of the Markdown source, as remark does (a Chinese character counts as one,
     * so such rows look ragged in a monospace editor but pass the lint).
     *
     * @param rows the header row first, then the body rows; every cell finished Markdown
     */
    static List<String> aligned(List<List<String>> rows, List<Align> align) {
        int[] width = new int[align.size()];
        java.util.Arrays.fill(width, 3);
        for (List<String> row : rows) {
            if (row.size() != align.size()) throw new IllegalArgumentException("row of " + row.size() + " cells, not " + align.size());
            for (int c = 0; c < row.size(); c++) width[c] = Math.max(width[c], row.get(c).length());
        }
        List<String> lines = new ArrayList<>(rows.size() + 1);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            List<String> cells = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) cells.add(pad(row.get(c), width[c], align.get(c)));
            lines.add(row(cells));
            if (r == 0) {
                List<String> markers = new ArrayList<>(align.size());
                for (int c = 0; c < align.size(); c++) markers.add(marker(width[c], align.get(c)));
                lines.add(row(markers));
            }
        }
        return lines;
    }

    /** A cell's text with spaces up to the column's width; centred text leans right by half a space, as remark wants. */
    private static String pad(String text, int width, Align align) {
        int spare = width - text.length();
        return switch (align) {
            case NONE -> text + " ".repeat(spare);
            case RIGHT -> " ".repeat(spare) + text;
            case CENTER -> {
                // remark counts the padding spaces too: with one space each side, the right side gets floor(total / 2).
                int right = (spare + 2) / 2 - 1;
                yield " ".repeat(spare - right) + text + " ".repeat(right);
            }
        };
    }

    /** {@code ------}, {@code -----:} or {@code :----:}, as wide as the column. */
    private static String marker(int width, Align align) {
        return switch (align) {
            case NONE -> "-".repeat(width);
            case RIGHT -> "-".repeat(width - 1) + ":";
            case CENTER -> ":" + "-".repeat(width - 2) + ":";
        };
    }

    /** {@code 工程技术 1区 · Engineering & Technology, zone 1}. */
    static String casLabel(Venue v) {
        Text label = v.cas().label();
        return label.zh() + " · " + label.en();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    private static List<String> editions(Editions e) {
        List<String> zh = Pages.editions(e, "zh");
        List<String> en = Pages.editions(e, "en");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < zh.size(); i++) {
            lines.add(Markdown.text(zh.get(i)) + " · " + Markdown.text(en.get(i)));
        }
        return lines;
    }

    /** A section heading and the anchor GitHub gives it. */
    public record Heading(String text, String anchor) {
        static Heading of(Text label) {
            String text = label.both();
            return new Heading(text, text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }

        /** {@code - [期刊 Journals](#期刊-journals)} */
        String tocEntry() {
            return "- [" + Markdown.text(text) + "](#" + anchor + ")";
        }
    }

    private static Map<String, Heading> headings() {
        Map<String, Heading> h = new LinkedHashMap<>();
        h.put("journals", Heading.of(Vocabulary.JOURNALS));
        h.put("conferences", Heading.of(Vocabulary.CONFERENCES));
        h.put("editions", Heading.of(Vocabulary.EDITIONS));
        h.put("updated", Heading.of(Vocabulary.UPDATED));
        h.put("site", Heading.of(Vocabulary.SITE));
        return h;
    }
}
