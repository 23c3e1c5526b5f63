package io.github.venues.render;

import io.github.venues.model.Cas;
import io.github.venues.model.CasCategory;
import io.github.venues.model.Catalog;
import io.github.venues.model.Ccf;
import io.github.venues.model.Editions;
import io.github.venues.model.Kind;
import io.github.venues.model.Order;
import io.github.venues.model.Site;
import io.github.venues.model.Text;
import io.github.venues.model.Venue;
import io.github.venues.model.Vocabulary;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Prepares the view of the site's page in one language: display strings, sort keys and labels,
 * so that the template holds no logic. Tests check this class directly.
 */
public final class Pages {

    public static final List<String> LANGUAGES = List.of("en", "zh");
    /**
     * Rows a table's body starts with; the others wait in a {@code <template>} that the browser
     * parses but does not lay out, and the script shows them on demand. Our list fits whole;
     * a 20,000-venue list would otherwise cost seconds of layout at every sort.
     */
    public static final int FIRST_ROWS = 200;

    private final Prose prose;

    public Pages(Prose prose) {
        this.prose = prose;
    }

    /** The page's path in the output: {@code index.html} or {@code zh/index.html}. */
    public static String path(String lang) {
        return "en".equals(lang) ? "index.html" : lang + "/index.html";
    }

    public Page page(Catalog catalog, String lang) {
        Site site = catalog.site();
        String other = "en".equals(lang) ? "zh" : "en";
        String root = "en".equals(lang) ? "" : "../";
        // Validation allows only http(s) addresses; a model built otherwise gets relative links, never another scheme.
        String base = WebAddress.isWeb(site.baseUrl()) ? site.baseUrl() : "";
        String repository = WebAddress.isWeb(site.repository()) ? site.repository() : null;
        Map<String, String> alternates = new LinkedHashMap<>();
        for (String l : LANGUAGES) {
            alternates.put(htmlLang(l), base + directory(l));
        }
        List<Table> tables = List.of(
                table(catalog, Kind.JOURNAL, lang),
                table(catalog, Kind.CONFERENCE, lang));
        return new Page(lang, htmlLang(lang), root, base + directory(lang), alternates,
                htmlLang(other), root + directory(other),
                site.title().in(lang), site.description().in(lang),
                prose.html(site.intro().in(lang)), prose.html(site.notes().in(lang)),
                tables, ccfOptions(lang), zoneOptions(lang), categoryOptions(catalog, lang),
                editions(site.editions(), lang), site.updated().format(DateTimeFormatter.ISO_LOCAL_DATE),
                repository, labels(lang));
    }

    /** {@code ""} for English at the root, {@code zh/} for Chinese. */
    static String directory(String lang) {
        return "en".equals(lang) ? "" : lang + "/";
    }

    static String htmlLang(String lang) {
        return "zh".equals(lang) ? "zh-CN" : "en";
    }

    Table table(Catalog catalog, Kind kind, String lang) {
        boolean journal = kind == Kind.JOURNAL;
        List<Column> columns = new ArrayList<>();
        // The rows come in the list's order: its column says so with aria-sort, and the script starts from it.
        Order order = catalog.site().order();
        String sorted = order.column(kind);
        String direction = order.descending() ? "descending" : "ascending";
        columns.add(new Column("name", kind.label().in(lang), "text", false, sorted.equals("name") ? direction : null));
        if (journal) {
            columns.add(new Column("if", Vocabulary.IMPACT_FACTOR.in(lang), "number", true, sorted.equals("if") ? direction : null));
            columns.add(new Column("cas", Vocabulary.CAS.in(lang), "number", false, null));
        }
        columns.add(new Column("h5", Vocabulary.H5_INDEX.in(lang), "number", true, sorted.equals("h5") ? direction : null));
        columns.add(new Column("ccf", Vocabulary.CCF.in(lang), "number", false, null));

        List<Row> rows = new ArrayList<>();
        for (Venue v : catalog.venues(kind)) {
            rows.add(row(v, journal, catalog.site().editions(), lang));
        }
        Text countTemplate = journal ? Vocabulary.COUNT_JOURNALS : Vocabulary.COUNT_CONFERENCES;
        String template = countTemplate.in(lang);
        String count = template.replace("{shown}", String.valueOf(rows.size())).replace("{total}", String.valueOf(rows.size()));
        Text caption = journal ? Vocabulary.JOURNALS : Vocabulary.CONFERENCES;
        String unknown = Vocabulary.UNKNOWN.in(lang);
        int first = Math.min(rows.size(), FIRST_ROWS);
        String longListNote = first == rows.size() ? null : Vocabulary.LONG_LIST.in(lang)
                .replace("{shown}", String.valueOf(first)).replace("{total}", String.valueOf(rows.size()));
        return new Table(kind.folder(), caption.in(lang), template, count, columns, rows, first,
                RowsHtml.render(rows.subList(0, first), unknown), RowsHtml.render(rows.subList(first, rows.size()), unknown),
                Vocabulary.SHOW_MORE.in(lang), longListNote);
    }

    private Row row(Venue v, boolean journal, Editions list, String lang) {
        Editions own = v.editions();
        List<Cell> cells = new ArrayList<>();
        if (journal) {
            cells.add((v.impactFactor() == null ? unknown(true)
                    : new Cell(v.impactFactor().toPlainString(), v.impactFactor().toPlainString(), true))
                    .olderEdition(Vocabulary.EDITION_IMPACT_FACTOR, own.impactFactor(), list.impactFactor(), lang));
            cells.add((v.cas() == null ? unknown(false) : new Cell(v.cas().label().in(lang), casSortKey(v.cas()), false))
                    .olderEdition(Vocabulary.EDITION_CAS, own.cas(), list.cas(), lang));
        }
        cells.add((v.h5Index() == null ? unknown(true) : new Cell(v.h5Index().toString(), v.h5Index().toString(), true))
                .olderEdition(Vocabulary.EDITION_H5, own.h5Index(), list.h5Index(), lang));
        cells.add((v.ccf() == null ? unknown(false) : new Cell(v.ccf().name(), ccfSortKey(v.ccf()), false))
                .olderEdition(Vocabulary.EDITION_CCF, own.ccf(), list.ccf(), lang));
        String search = searchText(v.name() + (v.abbr() == null ? "" : " " + v.abbr()));
        return new Row(v.id(), v.name(), v.abbr(), v.homepage(), v.name().toLowerCase(Locale.ROOT), search,
                v.ccf() == null ? "none" : v.ccf().name(),
                v.cas() == null ? "none" : String.valueOf(v.cas().zone()),
                v.cas() == null ? "none" : v.cas().category().id(),
                cells);
    }

    /** What the search box matches: NFKC (full-width letters become plain), lower case. */
    static String searchText(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static Cell unknown(boolean numeric) {
        return new Cell(null, null, numeric);
    }

    /** Zone first, then category in vocabulary order: {@code 1区} journals of any category come before {@code 2区}. */
    static String casSortKey(Cas cas) {
        return String.valueOf(cas.zone() * 100 + cas.category().ordinal());
    }

    /** A before B before C when ascending. */
    static String ccfSortKey(Ccf ccf) {
        return String.valueOf(ccf.ordinal() + 1);
    }

    private static List<Option> ccfOptions(String lang) {
        List<Option> options = new ArrayList<>();
        for (Ccf c : Ccf.values()) {
            options.add(new Option(c.name(), c.label().in(lang)));
        }
        options.add(new Option("none", Vocabulary.NO_CCF.in(lang)));
        return options;
    }

    private static List<Option> zoneOptions(String lang) {
        List<Option> options = new ArrayList<>();
        for (int zone = 1; zone <= 4; zone++) {
            options.add(new Option(String.valueOf(zone), Vocabulary.zone(zone).in(lang)));
        }
        options.add(new Option("none", Vocabulary.NO_CAS.in(lang)));
        return options;
    }

    /** Only the categories the list uses, in vocabulary order. */
    private static List<Option> categoryOptions(Catalog catalog, String lang) {
        List<Option> options = new ArrayList<>();
        for (CasCategory c : CasCategory.values()) {
            boolean used = catalog.journals().stream().map(Venue::cas).filter(Objects::nonNull)
                    .anyMatch(cas -> cas.category() == c);
            if (used) options.add(new Option(c.id(), c.label().in(lang)));
        }
        return options;
    }

    static List<String> editions(Editions e, String lang) {
        return List.of(
                Vocabulary.IMPACT_FACTOR.in(lang) + ": " + Vocabulary.edition(Vocabulary.EDITION_IMPACT_FACTOR, e.impactFactor(), lang),
                Vocabulary.CAS.in(lang) + ": " + Vocabulary.edition(Vocabulary.EDITION_CAS, e.cas(), lang),
                Vocabulary.H5_INDEX.in(lang) + ": " + Vocabulary.edition(Vocabulary.EDITION_H5, e.h5Index(), lang),
                Vocabulary.CCF.in(lang) + ": " + Vocabulary.edition(Vocabulary.EDITION_CCF, e.ccf(), lang));
    }

    /** Every label of the vocabulary in one language, by a short name the templates use. */
    public static Map<String, String> labels(String lang) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("languageName", Vocabulary.LANGUAGE_NAME.in(lang));
        t.put("otherLanguageName", Vocabulary.LANGUAGE_NAME.in("en".equals(lang) ? "zh" : "en"));
        t.put("intro", Vocabulary.INTRO.in(lang));
        t.put("notes", Vocabulary.NOTES.in(lang));
        t.put("filters", Vocabulary.FILTERS.in(lang));
        t.put("search", Vocabulary.SEARCH.in(lang));
        t.put("all", Vocabulary.ALL.in(lang));
        t.put("ccf", Vocabulary.CCF.in(lang));
        t.put("casZone", Vocabulary.FILTER_CAS_ZONE.in(lang));
        t.put("casCategory", Vocabulary.FILTER_CAS_CATEGORY.in(lang));
        t.put("reset", Vocabulary.RESET.in(lang));
        t.put("sortHint", Vocabulary.SORT_HINT.in(lang));
        t.put("unknown", Vocabulary.UNKNOWN.in(lang));
        t.put("editions", Vocabulary.EDITIONS.in(lang));
        t.put("updated", Vocabulary.UPDATED.in(lang));
        t.put("data", Vocabulary.DATA.in(lang));
        t.put("json", Vocabulary.DATA_JSON.in(lang));
        t.put("csv", Vocabulary.DATA_CSV.in(lang));
        t.put("schema", Vocabulary.DATA_SCHEMA.in(lang));
        t.put("source", Vocabulary.SOURCE.in(lang));
        t.put("notFound", Vocabulary.NOT_FOUND.in(lang));
        t.put("backHome", Vocabulary.BACK_HOME.in(lang));
        return t;
    }
}
