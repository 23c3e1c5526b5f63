package io.github.venues.render;

import io.github.venues.model.Catalog;
import io.github.venues.model.Kind;
import io.github.venues.model.Venue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code venues.csv}: one row per venue for spreadsheets. RFC 4180 (CRLF, quotes where needed),
 * UTF-8 with a byte-order mark so that Excel shows Chinese text correctly. Text cells that a
 * spreadsheet would run as a formula are defused with a leading apostrophe.
 */
public final class CsvExport {

    public static final String PATH = "venues.csv";
    static final String[] HEADER = {"kind", "id", "name", "abbr", "homepage", "impact_factor",
            "cas_category", "cas_zone", "h5_index", "ccf"};

    private CsvExport() {
    }

    public static Output render(Catalog catalog) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Kind kind : Kind.values()) {
                for (Venue v : catalog.venues(kind)) {
                    printer.printRecord(row(v));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Output.text(PATH, out.toString());
    }

    private static List<String> row(Venue v) {
        List<String> cells = new ArrayList<>();
        cells.add(v.kind().key());
        cells.add(v.id());
        cells.add(defuse(v.name()));
        cells.add(defuse(v.abbr()));
        cells.add(defuse(v.homepage()));
        cells.add(v.impactFactor() == null ? "" : v.impactFactor().toPlainString());
        cells.add(v.cas() == null ? "" : v.cas().category().id());
        cells.add(v.cas() == null ? "" : String.valueOf(v.cas().zone()));
        cells.add(v.h5Index() == null ? "" : String.valueOf(v.h5Index()));
        cells.add(v.ccf() == null ? "" : v.ccf().name());
        return cells;
    }

    /** Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula. */
    static String defuse(String text) {
        if (text == null) return "";
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) return "'" + text;
        return text;
    }
}
