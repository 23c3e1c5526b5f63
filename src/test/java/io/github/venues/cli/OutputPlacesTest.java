package io.github.venues.cli;

import io.github.venues.testing.CliRun;
import io.github.venues.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where the build cannot or must not write: one clear line, exit status 3, no stack trace, and
 * nothing written (no partial output, nobody's files replaced).
 */
class OutputPlacesTest {

    @TempDir
    Path tmp;

    private ContentFolder content() {
        return ContentFolder.withSite(tmp.resolve("project")).journal("x.yaml", "name: Medical Physics\n");
    }

    private CliRun build(ContentFolder content, Path out, Path readme) {
        return CliRun.of("build", "--content", content.content().toString(), "--out", out.toString(),
                "--readme", readme.toString());
    }

    /** Exit 3, one error line after the problems (none here), nothing on stdout, no trace. */
    private static void assertCannotWrite(CliRun run, String... fragments) {
        assertEquals(ExitCode.IO_FAILURE, run.exit(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().size(), run.err());
        String line = run.errLines().get(0);
        assertTrue(line.startsWith("error: cannot write the output: "), line);
        for (String f : fragments) assertTrue(line.contains(f), line + " lacks " + f);
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    private List<String> listing(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anOutputThatIsAFileIsRefusedAndKept() throws IOException {
        ContentFolder content = content();
        Path out = Files.writeString(tmp.resolve("site"), "my notes\n");
        CliRun run = build(content, out, tmp.resolve("README.md"));
        assertCannotWrite(run, out + " is a file, not a folder");
        assertEquals("my notes\n", Files.readString(out));
        assertFalse(Files.exists(tmp.resolve("README.md")), "no partial output: the README is not written either");
    }

    @Test
    void theProjectOrContentFolderAsOutputIsRefused() throws IOException {
        ContentFolder content = content();
        Map<String, String> before = ContentFolder.snapshot(content.project());
        for (Path out : List.of(content.project(), content.content(), content.content().getParent().resolve("content/.."))) {
            CliRun run = build(content, out, tmp.resolve("README.md"));
            assertCannotWrite(run, "holds the content or the templates");
        }
        assertEquals(before, ContentFolder.snapshot(content.project()));
    }

    @Test
    void aFolderOfSomeoneElsesFilesIsNotReplaced() throws IOException {
        ContentFolder content = content();
        Path out = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(out.resolve("thesis.tex"), "\\documentclass{article}\n");
        CliRun run = build(content, out, tmp.resolve("README.md"));
        assertCannotWrite(run, "is not empty and is not a site built by venues");
        assertEquals(List.of("thesis.tex"), listing(out));
    }

    @Test
    void anOutputUnderAFileCannotBeMade() throws IOException {
        ContentFolder content = content();
        Path file = Files.writeString(tmp.resolve("file"), "x");
        CliRun run = build(content, file.resolve("site"), tmp.resolve("README.md"));
        assertCannotWrite(run, file + " is a file");
        assertEquals(List.of("file", "project"), listing(tmp));
    }

    @Test
    void aReadmeThatIsAFolderStopsTheBuildBeforeTheSiteIsReplaced() throws IOException {
        ContentFolder content = content();
        Path out = tmp.resolve("site");
        assertEquals(0, build(content, out, tmp.resolve("README.md")).exit());
        Map<String, String> site = ContentFolder.snapshot(out);
        Path folder = Files.createDirectories(tmp.resolve("docs"));
        content.journal("y.yaml", "name: Radiology\n");
        CliRun run = build(content, out, folder);
        assertCannotWrite(run, folder + " is a folder, not a file");
        assertEquals(site, ContentFolder.snapshot(out), "the site is not replaced either");
    }

    @Test
    void aReadmeInsideTheContentIsRefused() throws IOException {
        ContentFolder content = content();
        Path siteYaml = content.content().resolve("site.yaml");
        String before = Files.readString(siteYaml);
        CliRun run = build(content, tmp.resolve("site"), siteYaml);
        assertCannotWrite(run, "is inside the content or the templates");
        assertEquals(before, Files.readString(siteYaml));
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    void aParentTheSystemWillNotWriteIsAnErrorWithItsReason() {
        // /sys refuses new entries even to root: a read-only parent that works whoever runs the tests.
        Path out = Path.of("/sys/venues-test-" + ProcessHandle.current().pid());
        assumeTrue(Files.isDirectory(Path.of("/sys")) && !Files.exists(out), "a Linux /sys");
        CliRun run = build(content(), out, tmp.resolve("README.md"));
        assertCannotWrite(run, "/sys/", "outputs not yet replaced are unchanged");
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(tmp.resolve("README.md")), "the README waits for the site");
    }

    @Test
    void aReadOnlyParentIsAnErrorWithItsReason() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes in read-only folders");
        ContentFolder content = content();
        Path parent = Files.createDirectories(tmp.resolve("read-only"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliRun run = build(content, parent.resolve("site"), tmp.resolve("README.md"));
            assertCannotWrite(run, "permission denied");
            assertEquals(List.of(), listing(parent));
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aMissingContentFolderIsAContentErrorAndWritesNothing() {
        Path out = tmp.resolve("site");
        CliRun run = CliRun.of("build", "--content", tmp.resolve("nowhere").toString(), "--out", out.toString(),
                "--readme", tmp.resolve("README.md").toString());
        assertEquals(ExitCode.PROBLEMS, run.exit());
        assertEquals(List.of(tmp.resolve("nowhere").toAbsolutePath() + ": error: content folder not found;"
                + " run from the project's top folder, or pass --content DIR", "1 error, 0 warnings: nothing was written"), run.errLines());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(tmp.resolve("README.md")));
    }

    @Test
    void aBuildPutsBackTheSiteOfABuildKilledBetweenItsRenamesEvenWhenItFailsItself() throws IOException {
        ContentFolder content = content();
        Path out = tmp.resolve("site");
        assertEquals(0, build(content, out, tmp.resolve("README.md")).exit());
        Map<String, String> site = ContentFolder.snapshot(out);
        Files.move(out, tmp.resolve(".retired-site"));
        content.journal("bad.yaml", "name: [\n");
        assertEquals(ExitCode.PROBLEMS, build(content, out, tmp.resolve("README.md")).exit());
        assertEquals(site, ContentFolder.snapshot(out));
        assertEquals(List.of("README.md", "project", "site"), listing(tmp));
    }
}
