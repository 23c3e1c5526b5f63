package io.github.venues.cli;

import io.github.venues.testing.CliRun;

import io.github.venues.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a script or CI sees it: exact output lines and exit status. */
class CliTest {

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** A content folder under the temporary folder with one error (and, if asked, one warning). */
    private ContentFolder broken() {
        return ContentFolder.withSite(tmp.resolve("broken"))
                .journal("x.yaml", "name: Medical Physics\nh5_index: eighty\n");
    }

    /** How messages name a file outside the working directory: its absolute path. */
    private static String shown(Path file) {
        return file.toAbsolutePath().normalize().toString().replace('\\', '/');
    }

    // ---- validate ----

    @Test
    void validateOnTheRealContentPrintsTheCountsAndExitsZero() {
        CliRun run = run("validate");
        assertEquals(List.of("37 venues OK: 23 journals, 14 conferences"), run.outLines());
        assertEquals("", run.err());
        assertEquals(0, run.exit());
    }

    @Test
    void validatePrintsEveryProblemAtItsPlaceThenASummaryAndExitsOne() {
        ContentFolder content = broken().journal("notes.txt", "to do\n");
        CliRun run = run("validate", "--content", content.content().toString());
        String journals = shown(content.content().resolve("journals"));
        assertEquals(List.of(
                journals + "/notes.txt: warning: ignored: not a .yaml file; venue files end in .yaml",
                journals + "/x.yaml:2:11: error: h5_index must be a whole number ≥ 0, got \"eighty\"",
                "1 error, 1 warning: fix the errors above and run validate again"), run.outLines());
        assertEquals(1, run.exit());
    }

    @Test
    void validateWithOnlyWarningsExitsZeroAndCountsThem() {
        ContentFolder content = ContentFolder.withSite(tmp).journal("x.yaml", "name: Medical Physics\n").journal("notes.txt", "to do\n");
        CliRun run = run("validate", "--content", content.content().toString());
        assertEquals(List.of(
                shown(content.content().resolve("journals/notes.txt")) + ": warning: ignored: not a .yaml file; venue files end in .yaml",
                "1 venue OK: 1 journal, 0 conferences (1 warning)"), run.outLines());
        assertEquals(0, run.exit());
    }

    @Test
    void theGithubFormatPrintsWorkflowAnnotations() {
        ContentFolder content = broken().journal("notes.txt", "to do\n");
        CliRun run = run("validate", "--content", content.content().toString(), "--format", "github");
        String journals = shown(content.content().resolve("journals"));
        assertEquals(List.of(
                "::warning file=" + journals + "/notes.txt::ignored: not a .yaml file; venue files end in .yaml",
                "::error file=" + journals + "/x.yaml,line=2,col=11::h5_index must be a whole number ≥ 0, got \"eighty\"",
                "1 error, 1 warning: fix the errors above and run validate again"), run.outLines());
        assertEquals(1, run.exit());
    }

    @Test
    void notesArePrintedButNeitherCountedNorFailing() {
        ContentFolder content = ContentFolder.withSite(tmp).journal("x.yaml", "name: Medical Physics\n")
                .journal("x.yaml~", "name: Medical Physics\n").journal("notes.txt", "to do\n");
        String journals = shown(content.content().resolve("journals"));
        CliRun run = run("validate", "--content", content.content().toString());
        assertEquals(List.of(
                journals + "/notes.txt: warning: ignored: not a .yaml file; venue files end in .yaml",
                journals + "/x.yaml~: note: ignored: an editor's backup, lock or swap file",
                "1 venue OK: 1 journal, 0 conferences (1 warning)"), run.outLines());
        assertEquals(0, run.exit());
        CliRun github = run("validate", "--content", content.content().toString(), "--format", "github");
        assertEquals("::notice file=" + journals + "/x.yaml~::ignored: an editor's backup, lock or swap file", github.outLines().get(1));
    }

    @Test
    void aMissingContentFolderIsAnErrorThatSaysWhatToDo() {
        Path missing = tmp.resolve("nowhere");
        CliRun run = run("validate", "--content", missing.toString());
        assertEquals(List.of(
                shown(missing) + ": error: content folder not found; run from the project's top folder, or pass --content DIR",
                "1 error, 0 warnings: fix the errors above and run validate again"), run.outLines());
        assertEquals(1, run.exit());
    }

    @Test
    void runReturnsTheExitStatusInsteadOfExiting() {
        PrintStream realOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = Main.run("validate", "--content", broken().content().toString());
        } finally {
            System.setOut(realOut);
        }
        assertEquals(1, exit);
        assertTrue(captured.toString(StandardCharsets.UTF_8).endsWith("1 error, 0 warnings: fix the errors above and run validate again"
                + System.lineSeparator()), captured.toString(StandardCharsets.UTF_8));
    }

    // ---- usage ----

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = run("--bogus");
        assertEquals("Unknown option: '--bogus'", run.errLines().get(0));
        assertEquals(2, run.exit());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = run("frob");
        assertEquals("Unmatched argument at index 0: 'frob'", run.errLines().get(0));
        assertEquals(2, run.exit());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = run("validate", "--format", "xml");
        assertTrue(run.errLines().get(0).startsWith("Invalid value for option '--format': expected one of [text, github]"), run.err());
        assertEquals(2, run.exit());
    }

    @Test
    void aPortOutOfRangeIsAUsageErrorNotAnInternalOne() {
        CliRun run = run("serve", "--port", "99999");
        assertEquals("--port must be from 0 to 65535, got 99999", run.errLines().get(0));
        assertEquals(2, run.exit());
    }

    @Test
    void noCommandIsAUsageErrorThatNamesOne() {
        CliRun run = run();
        assertEquals("name a command, e.g. 'venues build'", run.errLines().get(0));
        assertEquals(2, run.exit());
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CliRun run = run("--help");
        assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith("  validate  Check every content file")), run.out());
        assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith("  build     Validate the content, then write the site")), run.out());
        assertEquals("", run.err());
        assertEquals(0, run.exit());
    }

    // ---- build ----

    @Test
    void buildWritesTheExportsAndTheSchema() throws Exception {
        Path out = tmp.resolve("site");
        Path readme = tmp.resolve("README.md");
        CliRun run = run("build", "--out", out.toString(), "--readme", readme.toString());
        assertEquals(List.of("built 37 venues: " + out + "/ (10 files) and " + readme), run.outLines());
        assertEquals("", run.err());
        assertEquals(0, run.exit());
        assertEquals(List.of(".nojekyll", "404.html", "assets/site.css", "assets/site.js", "index.html", "sitemap.xml",
                        "venue.schema.json", "venues.csv", "venues.json", "zh/index.html"),
                ContentFolder.snapshot(out).keySet().stream().filter(p -> !p.endsWith("/")).toList());
        assertTrue(Files.readString(readme).contains("| 期刊 Journal "));
        assertArrayEquals(Files.readAllBytes(Path.of("content", "venue.schema.json")), Files.readAllBytes(out.resolve("venue.schema.json")));
    }

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        assertEquals(0, run("build", "--out", first.toString(), "--readme", first.resolve("README.md").toString()).exit());
        assertEquals(0, run("build", "--out", second.toString(), "--readme", second.resolve("README.md").toString()).exit());
        Map<String, String> a = ContentFolder.snapshot(first);
        assertEquals(14, a.size(), a.keySet().toString());
        assertEquals(a, ContentFolder.snapshot(second));
    }

    @Test
    void aFailedValidationLeavesTheOutputFolderUntouched() throws Exception {
        Path out = tmp.resolve("site");
        assertEquals(0, run("build", "--out", out.toString(), "--readme", tmp.resolve("README.md").toString()).exit());
        Files.writeString(out.resolve("extra.txt"), "placed by hand\n");
        Map<String, String> before = ContentFolder.snapshot(out);
        byte[] readmeBefore = Files.readAllBytes(tmp.resolve("README.md"));

        ContentFolder content = broken();
        CliRun run = run("build", "--content", content.content().toString(), "--out", out.toString(), "--readme", tmp.resolve("README.md").toString());

        assertEquals(List.of(
                shown(content.content().resolve("journals/x.yaml")) + ":2:11: error: h5_index must be a whole number ≥ 0, got \"eighty\"",
                "1 error, 0 warnings: nothing was written"), run.errLines());
        assertEquals("", run.out());
        assertEquals(1, run.exit());
        assertEquals(before, ContentFolder.snapshot(out));
        assertArrayEquals(readmeBefore, Files.readAllBytes(tmp.resolve("README.md")));
        try (var siblings = Files.list(tmp)) {
            assertEquals(List.of("README.md", "broken", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aFailedValidationCreatesNoOutputFolder() {
        Path out = tmp.resolve("site");
        assertEquals(1, run("build", "--content", broken().content().toString(), "--out", out.toString(), "--readme", tmp.resolve("README.md").toString()).exit());
        assertFalse(Files.exists(out));
    }
}
