package io.github.venues.cli;

import io.github.venues.importer.ImportedList;
import io.github.venues.importer.ReadmeImporter;
import io.github.venues.importer.VenueDraft;
import io.github.venues.importer.VenueYaml;
import io.github.venues.load.Content;
import io.github.venues.load.ContentLoader;
import io.github.venues.load.VenueFile;
import io.github.venues.problem.Location;
import io.github.venues.problem.Problem;
import io.github.venues.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "import",
        description = {"Import the venues of an existing list's README.md into one YAML file per venue.",
                "",
                "Reads the README's HTML <table>s and GFM pipe tables, one venue per row. Columns are found by "
                        + "their headers, in Chinese or English, whatever the case: name (期刊名字, 会议名字, 名称, Name, "
                        + "Journal, Conference, Venue), impact factor (IF, Impact factor, 影响因子, or a header with the "
                        + "word IF such as 2019-2020最新IF), CAS partition (中科院SCI期刊分区, 中科院分区, CAS), h5-index "
                        + "(h5-index, h5 index, h5), CCF class (CCF分类, CCF) and homepage (or a link on the name).",
                "A table lists journals or conferences as its name header says (期刊名字 / 会议名字), else as the "
                        + "nearest heading above it says (Journal, 期刊 / Conference, 会议), else journals when it has "
                        + "an impact-factor or CAS column.",
                "Names such as 'Name, ABBR' and 'Name (ABBR)' are split into name and abbr; the file name is the "
                        + "abbreviation in lowercase, or the name (medical-image-analysis). None, -, — or an empty cell "
                        + "means unknown; 工程技术 2区 means CAS category engineering, zone 2.",
                "",
                "Writes DIR/journals/ID.yaml and DIR/conferences/ID.yaml in the canonical format and prints the path "
                        + "of each file written on standard output. An existing file is never replaced unless --force "
                        + "is given; each one skipped is reported. Every cell that cannot be understood is reported as "
                        + "README.md:LINE:COL: error: ... and left out of its file. The files written are then checked "
                        + "like 'venues validate' checks them (schema, ids, duplicates), and their problems printed."},
        footer = {"", "Exit status:",
                "  0  everything understood, written or skipped, and valid",
                "  1  something not understood or invalid (the rest is still written)",
                "  2  usage error, e.g. no README given",
                "  3  a file could not be written"})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "README.md", description = "The list's README (Markdown, UTF-8).")
    Path readme;

    @Option(names = "--into", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder to write journals/ and conferences/ into (default: ${DEFAULT-VALUE}).")
    Path into;

    @Option(names = "--force", description = "Replace venue files that already exist.")
    boolean force;


    @Spec
    CommandSpec spec;

    private PrintWriter out;
    private PrintWriter err;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        String readmeShown = readme.toString().replace('\\', '/'); // as the user named it
        if (!Files.isRegularFile(readme)) {
            throw new ParameterException(spec.commandLine(), readmeShown + (Files.exists(readme) ? ": not a file" : ": no such file"));
        }
        ImportedList list;
        try {
            list = ReadmeImporter.read(Files.readAllBytes(readme), readmeShown);
        } catch (IOException e) {
            error(Problem.error(Location.ofFile(readmeShown), "cannot read the file: " + e.getMessage()));
            return ExitCode.PROBLEMS;
        }
        list.problems().forEach(this::error);

        List<VenueDraft> written = new ArrayList<>();
        int skipped = 0;
        int failed = 0;
        for (VenueDraft venue : list.venues()) {
            Path file = VenueYaml.fileIn(into, venue);
            try {
                if (VenueYaml.write(file, venue, force)) {
                    written.add(venue);
                    out.println(display(file));
                    out.flush();
                } else {
                    skipped++;
                    error(Problem.warning(Location.ofFile(display(file)), "already exists, not replaced",
                            "pass --force to replace it"));
                }
            } catch (IOException e) {
                failed++;
                error(Problem.error(Location.ofFile(display(file)), "cannot write the file: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage())));
            }
        }

        List<Problem> invalid = validate(written);
        invalid.forEach(this::error);
        long errors = errors(list.problems()) + errors(invalid) + failed;
        long warnings = list.problems().size() - errors(list.problems()) + invalid.size() - errors(invalid) + skipped;
        err.println(Pipeline.plural(list.venues().size(), "venue") + " read from " + readmeShown + ": "
                + Pipeline.plural(written.size(), "file") + " written into " + display(into) + ", "
                + skipped + " skipped; " + Pipeline.count(errors, warnings));
        err.flush();

        if (failed > 0) return ExitCode.IO_FAILURE;
        return errors > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    private static long errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).count();
    }

    /**
     * Checks the files written as 'validate' would, beside the venue files already in the folder:
     * those come first, so that a duplicate is reported at the file just written.
     */
    private List<Problem> validate(List<VenueDraft> written) {
        if (written.isEmpty()) return List.of();
        Set<String> writtenPaths = new HashSet<>();
        for (VenueDraft v : written) writtenPaths.add(v.relativePath());
        Content content = new ContentLoader(into, Path.of("")).load();
        List<VenueFile> others = new ArrayList<>();
        List<VenueFile> mine = new ArrayList<>();
        for (VenueFile file : content.venues()) {
            (writtenPaths.contains(file.kind().folder() + "/" + file.id() + ".yaml") ? mine : others).add(file);
        }
        Set<String> shown = new HashSet<>();
        mine.forEach(f -> shown.add(f.path()));
        List<VenueFile> ordered = new ArrayList<>(others);
        ordered.addAll(mine);
        List<Problem> problems = new ArrayList<>(content.problems());
        problems.addAll(new Validator().validateVenues(ordered));
        return problems.stream().filter(p -> shown.contains(p.location().file())).sorted(Problem.ORDER).toList();
    }

    private void error(Problem p) {
        err.println(p);
        err.flush();
    }

    /** Relative to the working directory when inside it, as ContentLoader shows paths; else absolute. */
    private static String display(Path file) {
        Path base = Path.of("").toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
