package io.github.venues.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCommandTest {

    static final Path SEED = Path.of("..", "shared", "seed", "README.md");
    static final Path CONTENT = Path.of("content");

    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    static Run venues(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(false);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static Path readme(Path dir, String text) throws IOException {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, text);
        return readme;
    }

    @Test
    void importingTheSeedListReproducesTheContentFolderByteForByte(@TempDir Path into) throws IOException {
        Run run = venues("import", SEED.toString(), "--into", into.toString());

        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertEquals(37, run.outLines().size(), run.out());
        for (String folder : List.of("journals", "conferences")) {
            List<String> expected = fileNames(CONTENT.resolve(folder));
            assertEquals(expected, fileNames(into.resolve(folder)), folder);
            for (String name : expected) {
                assertArrayEquals(Files.readAllBytes(CONTENT.resolve(folder).resolve(name)),
                        Files.readAllBytes(into.resolve(folder).resolve(name)), folder + "/" + name);
            }
        }
        assertEquals(23, fileNames(into.resolve("journals")).size());
        assertEquals(14, fileNames(into.resolve("conferences")).size());
        assertTrue(run.err().contains("37 venues read from " + SEED + ": 37 files written"), run.err());
    }

    @Test
    void importsAPipeTableReadmeWithEnglishHeaders(@TempDir Path dir) throws IOException {
        Path readme = readme(dir, """
                # Medical imaging venues

                ## Journals

                | Name | Impact factor | CAS | h5-index | CCF |
                |---|---|---|---|---|
                | IEEE Transactions on Medical Imaging (TMI) | 10.6 | Engineering & Technology, Zone 1 | 85 | B |
                | [Medical Image Analysis](https://www.sciencedirect.com/journal/medical-image-analysis) | 10.9 | 医学 1区 | None | C |

                ## Conferences

                | Name | h5 | CCF |
                |---|---|---|
                | Medical Imaging with Deep Learning (MIDL) | 37 | None |
                """);
        Path into = dir.resolve("content");

        Run run = venues("import", readme.toString(), "--into", into.toString());

        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertEquals(List.of(
                into.resolve("journals/tmi.yaml").toString(),
                into.resolve("journals/medical-image-analysis.yaml").toString(),
                into.resolve("conferences/midl.yaml").toString()), run.outLines());
        assertEquals("""
                # yaml-language-server: $schema=../venue.schema.json
                name: IEEE Transactions on Medical Imaging
                abbr: TMI
                impact_factor: 10.6
                cas:
                  category: engineering
                  zone: 1
                h5_index: 85
                ccf: B
                """, Files.readString(into.resolve("journals/tmi.yaml")));
        assertEquals("""
                # yaml-language-server: $schema=../venue.schema.json
                name: Medical Image Analysis
                homepage: https://www.sciencedirect.com/journal/medical-image-analysis
                impact_factor: 10.9
                cas:
                  category: medicine
                  zone: 1
                ccf: C
                """, Files.readString(into.resolve("journals/medical-image-analysis.yaml")));
        assertEquals("""
                # yaml-language-server: $schema=../venue.schema.json
                name: Medical Imaging with Deep Learning
                abbr: MIDL
                h5_index: 37
                """, Files.readString(into.resolve("conferences/midl.yaml")));
    }

    @Test
    void reportsWhatItCannotUnderstandAtItsReadmeLineWritesTheRestAndExits1(@TempDir Path dir) throws IOException {
        Path readme = readme(dir, """
                ## Journal

                <table>
                    <tr>
                        <th>期刊名字</th>
                        <th>2019-2020最新IF</th>
                        <th>中科院SCI期刊分区</th>
                        <th>h5-index</th>
                        <th>CCF分类</th>
                    </tr>

                    <tr>
                        <td>Journal of Odd Values, JOV</td>
                        <td>5,223</td>
                        <td>工程 2区</td>
                        <td>69</td>
                        <td>E</td>
                    </tr>
                </table>
                """);
        Path into = dir.resolve("content");

        Run run = venues("import", readme.toString(), "--into", into.toString());

        assertEquals(ExitCode.PROBLEMS, run.exit(), run.err());
        List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(3, errors.size(), run.err());
        assertTrue(errors.get(0).startsWith(readme + ":14:13: error: impact factor \"5,223\" is not a decimal number"), errors.get(0));
        assertTrue(errors.get(1).startsWith(readme + ":15:13: error: unknown CAS category \"工程\""), errors.get(1));
        assertTrue(errors.get(2).startsWith(readme + ":17:13: error: CCF class \"E\" is not A, B or C"), errors.get(2));
        assertTrue(errors.get(0).contains("left out of journals/jov.yaml"), errors.get(0));
        assertEquals("""
                # yaml-language-server: $schema=../venue.schema.json
                name: Journal of Odd Values
                abbr: JOV
                h5_index: 69
                """, Files.readString(into.resolve("journals/jov.yaml")));
    }

    @Test
    void neverReplacesAnExistingFileUnlessForced(@TempDir Path into) throws IOException {
        Path tmi = into.resolve("journals/tmi.yaml");
        Files.createDirectories(tmi.getParent());
        Files.writeString(tmi, "name: My own edits\n");

        Run kept = venues("import", SEED.toString(), "--into", into.toString());

        assertEquals(ExitCode.OK, kept.exit(), kept.err());
        assertEquals("name: My own edits\n", Files.readString(tmi));
        assertFalse(kept.outLines().contains(tmi.toString()), kept.out());
        assertEquals(36, kept.outLines().size());
        assertTrue(kept.err().contains(tmi + ": warning: already exists, not replaced; pass --force to replace it"), kept.err());
        assertTrue(kept.err().contains("36 files written into " + into + ", 1 skipped"), kept.err());

        Run forced = venues("import", SEED.toString(), "--into", into.toString(), "--force");

        assertEquals(ExitCode.OK, forced.exit(), forced.err());
        assertEquals(37, forced.outLines().size());
        assertTrue(forced.outLines().contains(tmi.toString()), forced.out());
        assertArrayEquals(Files.readAllBytes(CONTENT.resolve("journals/tmi.yaml")), Files.readAllBytes(tmi));
    }

    @Test
    void checksTheFilesItWroteAgainstTheOnesAlreadyThere(@TempDir Path dir) throws IOException {
        Path into = dir.resolve("content");
        Files.createDirectories(into.resolve("journals"));
        Files.writeString(into.resolve("journals/tmi.yaml"), "name: IEEE Transactions on Medical Imaging\nabbr: TMI\n");
        Path readme = readme(dir, """
                ## Journals

                | Name | h5 |
                |---|---|
                | IEEE Transactions on Medical Imaging, IEEE-TMI | 85 |
                """);

        Run run = venues("import", readme.toString(), "--into", into.toString());

        assertEquals(ExitCode.PROBLEMS, run.exit(), run.err());
        Path written = into.resolve("journals/ieee-tmi.yaml");
        assertEquals(List.of(written.toString()), run.outLines());
        assertTrue(run.err().contains(written + ":2:7: error: duplicate name \"IEEE Transactions on Medical Imaging\": also at "
                + into.resolve("journals/tmi.yaml")), run.err());
    }

    @Test
    void exits2WithoutAReadme() {
        Run missing = venues("import");
        assertEquals(ExitCode.USAGE, missing.exit());
        assertTrue(missing.err().contains("README.md"), missing.err());

        Run noSuchFile = venues("import", "no/such/README.md");
        assertEquals(ExitCode.USAGE, noSuchFile.exit());
        assertTrue(noSuchFile.err().contains("no/such/README.md: no such file"), noSuchFile.err());
    }

    @Test
    void exits3WhenItCannotWrite(@TempDir Path dir) throws IOException {
        Path notAFolder = dir.resolve("content");
        Files.writeString(notAFolder, "a file where the folder should be\n");

        Run run = venues("import", SEED.toString(), "--into", notAFolder.toString());

        assertEquals(ExitCode.IO_FAILURE, run.exit(), run.err());
        assertTrue(run.err().contains(": error: cannot write the file"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void helpExplainsTheCommand() {
        Run help = venues("import", "--help");

        assertEquals(ExitCode.OK, help.exit());
        for (String words : List.of("README.md", "--into", "--force", "期刊名字", "None", "README.md:LINE:COL",
                "never replaced", "Exit status", "3  a file could not be written")) {
            assertTrue(help.out().contains(words), () -> words + " is not in:\n" + help.out());
        }
        assertTrue(venues("--help").out().contains("import"));
    }
}
