package io.github.venues.importer;

import io.github.venues.model.Ccf;
import io.github.venues.model.Kind;
import io.github.venues.problem.Location;
import io.github.venues.problem.Problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the venues of an existing list's README: its HTML and pipe tables of journals and
 * conferences, one venue per row. Columns are found by their headers ({@link Column}); whether a
 * table lists journals or conferences comes from its name column's header ({@code 期刊名字},
 * {@code 会议名字}), else from the headings above it, else from whether it has an impact-factor or
 * CAS column. Every cell that cannot be understood is reported at its line and column and left out.
 */
public final class ReadmeImporter {

    private final LineIndex lines;
    private final List<VenueDraft> venues = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    /** Ids taken so far, with where: journals and conferences share one set of ids. */
    private final Map<String, Location> ids = new HashMap<>();

    private ReadmeImporter(LineIndex lines) {
        this.lines = lines;
    }

    /**
     * Reads a README's bytes.
     *
     * @param file how messages name the README, e.g. {@code README.md}
     */
    public static ImportedList read(byte[] bytes, String file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new ImportedList(List.of(), List.of(Problem.error(Location.ofFile(file),
                    "the README is not UTF-8 text", "save it as UTF-8")));
        }
        return read(text, file);
    }

    /** Reads a README's text; {@code file} is how messages name it. */
    public static ImportedList read(String markdown, String file) {
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        ReadmeImporter importer = new ReadmeImporter(new LineIndex(file, text));
        for (SourceTable table : MarkdownTables.read(text, importer.lines)) {
            importer.table(table);
        }
        if (importer.venues.isEmpty() && importer.problems.stream().noneMatch(Problem::isError)) {
            importer.problems.add(Problem.error(new Location(file, 1, 1), "no table of journals or conferences found",
                    "expected HTML <table>s or pipe tables with a name column (期刊名字, 会议名字, Name)"));
        }
        return new ImportedList(importer.venues, importer.problems);
    }

    private void table(SourceTable table) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < table.header().size(); i++) {
            SourceCell header = table.header().get(i);
            Column column = Column.of(header.text()).orElse(null);
            if (column == null) {
                problems.add(Problem.warning(header.at(), "column \"" + header.text() + "\" is not imported",
                        "known columns: name, impact factor (IF, 影响因子), CAS (中科院分区), h5-index, CCF, homepage"));
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(Problem.warning(header.at(), "a second " + column.label() + " column \"" + header.text()
                        + "\" is not imported", "the first one is"));
            }
        }
        Integer nameColumn = columns.get(Column.NAME);
        if (nameColumn == null) {
            problems.add(Problem.warning(table.at(), "table skipped: it has no name column",
                    "a table of venues has a column headed 期刊名字, 会议名字 or Name"));
            return;
        }
        Kind kind = Column.kindOfNameHeader(table.header().get(nameColumn).text());
        if (kind == null) kind = table.headingKind();
        if (kind == null) {
            kind = columns.containsKey(Column.IMPACT_FACTOR) || columns.containsKey(Column.CAS) ? Kind.JOURNAL : Kind.CONFERENCE;
        }
        for (List<SourceCell> row : table.rows()) {
            row(kind, columns, row);
        }
    }

    private void row(Kind kind, Map<Column, Integer> columns, List<SourceCell> row) {
        if (row.isEmpty() || row.stream().allMatch(c -> c.text().isEmpty())) return;
        SourceCell nameCell = cell(row, columns, Column.NAME);
        if (nameCell == null || CellValues.isUnknown(nameCell.text())) {
            problems.add(Problem.error(nameCell != null ? nameCell.at() : row.get(0).at(), "this row has no name",
                    "the row was skipped"));
            return;
        }
        VenueName name = VenueName.split(nameCell.text());
        String id = name.id();
        if (id.isEmpty()) {
            problems.add(Problem.error(nameCell.at(), "cannot make a file name from \"" + nameCell.text() + "\"",
                    "add a Latin abbreviation, e.g. \"" + nameCell.text() + ", ABBR\"; the row was skipped"));
            return;
        }
        Location first = ids.putIfAbsent(id, nameCell.at());
        if (first != null) {
            problems.add(Problem.error(nameCell.at(), "the id \"" + id + "\" is taken by the venue on line " + first.line(),
                    "each venue is listed once; give the two different abbreviations if they differ; the row was skipped"));
            return;
        }
        String file = kind.folder() + "/" + id + ".yaml";
        Values values = new Values(kind, row, columns, file);

        String homepage = values.homepage(nameCell);
        String impactFactor = values.journalOnly(Column.IMPACT_FACTOR, CellValues::impactFactor);
        CellValues.Cas cas = values.journalOnly(Column.CAS, CellValues::cas);
        Integer h5 = values.read(Column.H5_INDEX, CellValues::h5Index);
        Ccf ccf = values.read(Column.CCF, CellValues::ccf);
        venues.add(new VenueDraft(kind, id, name.name(), name.abbr(), homepage, impactFactor,
                cas == null ? null : cas.categoryId(), cas == null ? null : cas.zone(), h5, ccf));
    }

    private static SourceCell cell(List<SourceCell> row, Map<Column, Integer> columns, Column column) {
        Integer i = columns.get(column);
        return i == null || i >= row.size() ? null : row.get(i);
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(String text) throws CellValues.NotUnderstood;
    }

    /** Reads the cells of one row; reports each one it cannot understand, naming the file it is left out of. */
    private final class Values {
        private final Kind kind;
        private final List<SourceCell> row;
        private final Map<Column, Integer> columns;
        private final String file;

        Values(Kind kind, List<SourceCell> row, Map<Column, Integer> columns, String file) {
            this.kind = kind;
            this.row = row;
            this.columns = columns;
            this.file = file;
        }

        <T> T read(Column column, Reader<T> reader) {
            SourceCell cell = cell(row, columns, column);
            if (cell == null) return null;
            try {
                return reader.read(cell.text());
            } catch (CellValues.NotUnderstood e) {
                notUnderstood(cell, e);
                return null;
            }
        }

        <T> T journalOnly(Column column, Reader<T> reader) {
            SourceCell cell = cell(row, columns, column);
            if (kind == Kind.CONFERENCE && cell != null && !CellValues.isUnknown(cell.text())) {
                problems.add(Problem.error(cell.at(), "a conference has no " + column.label() + ", got \"" + cell.text() + "\"",
                        "left out of " + file));
                return null;
            }
            return read(column, reader);
        }

        /** The homepage column's address, else the web address the name links to. */
        String homepage(SourceCell nameCell) {
            SourceCell cell = cell(row, columns, Column.HOMEPAGE);
            if (cell != null && !CellValues.isUnknown(cell.text())) {
                try {
                    return CellValues.homepage(cell.href() != null ? cell.href() : cell.text());
                } catch (CellValues.NotUnderstood e) {
                    notUnderstood(cell, e);
                    return null;
                }
            }
            try {
                return CellValues.homepage(nameCell.href());
            } catch (CellValues.NotUnderstood e) {
                // A link to a page of the list itself (#tmi, tmi.md) is no homepage, and no mistake either.
                problems.add(Problem.warning(nameCell.at(), "the name links to \"" + nameCell.href()
                        + "\", which is not a web address", "not used as the homepage of " + file));
                return null;
            }
        }

        private void notUnderstood(SourceCell cell, CellValues.NotUnderstood e) {
            problems.add(Problem.error(cell.at(), e.getMessage(),
                    "left out of " + file + (e.hint == null ? "" : "; " + e.hint)));
        }
    }
}
