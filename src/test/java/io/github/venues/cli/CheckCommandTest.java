package io.github.venues.cli;

import io.github.venues.testing.ContentFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code venues check} on a copy of the project: it passes right after a build, fails with a
 * diff and the fix once the content changes, and never writes anything.
 */
class CheckCommandTest {

    @TempDir
    Path dir;
    Path readme;

    /** What a command printed and returned. */
    record Run(int status, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @BeforeEach
    void copyProject() throws IOException {
        ContentFolder.copyTree(Path.of("content"), dir.resolve("content"));
        ContentFolder.copyTree(Path.of("templates"), dir.resolve("templates"));
        readme = dir.resolve("README.md");
        Run build = build();
        assertEquals(ExitCode.OK, build.status(), build::all);
    }

    @Test
    void upToDateRightAfterABuild() {
        Run check = check();
        assertEquals(ExitCode.OK, check.status(), check::all);
        assertTrue(check.out().contains(readme + " is up to date"), check::all);
    }

    @Test
    void aChangedValueFailsWithADiffAndTheFix() throws IOException {
        Path tmi = dir.resolve("content/journals/tmi.yaml");
        String yaml = Files.readString(tmi, StandardCharsets.UTF_8);
        assertTrue(yaml.contains("h5_index: 85\n"), yaml);
        Files.writeString(tmi, yaml.replace("h5_index: 85\n", "h5_index: 86\n"), StandardCharsets.UTF_8);

        Run check = check();
        assertEquals(ExitCode.PROBLEMS, check.status(), check::all);
        List<String> lines = check.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("--- ") && l.contains("README.md")), check::all);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("+++ ") && l.contains("README.md")), check::all);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("@@ ")), check::all);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("-| IEEE Transactions on Medical Imaging (TMI)") && l.matches(".*\\| +85 +\\|.*")),
                check::all);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("+| IEEE Transactions on Medical Imaging (TMI)") && l.matches(".*\\| +86 +\\|.*")),
                check::all);
        assertEquals(2, lines.stream().filter(l -> l.matches("[-+]\\|.*")).count(), "only the changed row differs:\n" + check.out());
        assertTrue(check.out().contains("run ./venues build"), check::all);

        Run build = build();
        assertEquals(ExitCode.OK, build.status(), build::all);
        Run again = check();
        assertEquals(ExitCode.OK, again.status(), again::all);
        assertTrue(again.out().contains("is up to date"), again::all);
    }

    @Test
    void checkWritesNothing() throws IOException {
        Path tmi = dir.resolve("content/journals/tmi.yaml");
        Files.writeString(tmi, Files.readString(tmi).replace("h5_index: 85\n", "h5_index: 86\n"), StandardCharsets.UTF_8);
        Map<String, byte[]> before = snapshot(dir);

        Run stale = check();
        assertEquals(ExitCode.PROBLEMS, stale.status(), stale::all);
        assertSameFiles(before, snapshot(dir));

        Files.writeString(dir.resolve("content/journals/cviu.yaml"), "name: [unclosed\n", StandardCharsets.UTF_8);
        Map<String, byte[]> broken = snapshot(dir);
        Run invalid = check();
        assertEquals(ExitCode.PROBLEMS, invalid.status(), invalid::all);
        assertTrue(invalid.out().contains("cviu.yaml"), invalid::all);
        assertSameFiles(broken, snapshot(dir));
    }

    @Test
    void aMissingReadmeIsOutOfDate() throws IOException {
        Files.delete(readme);
        Map<String, byte[]> before = snapshot(dir);

        Run check = check();
        assertEquals(ExitCode.PROBLEMS, check.status(), check::all);
        assertTrue(check.out().contains("run ./venues build"), check::all);
        assertFalse(Files.exists(readme), "check must not create README.md");
        assertSameFiles(before, snapshot(dir));
    }

    private Run build() {
        return run("build", "--content", dir.resolve("content").toString(), "--templates", dir.resolve("templates").toString(),
                "--out", dir.resolve("site").toString(), "--readme", readme.toString());
    }

    private Run check() {
        return run("check", "--content", dir.resolve("content").toString(), "--templates", dir.resolve("templates").toString(),
                "--readme", readme.toString());
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine(false).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    /** Every file and folder under {@code root}, with the bytes of each file. */
    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(p -> {
                try {
                    files.put(root.relativize(p).toString(), Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "no file may be added or removed");
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), name + " changed");
        }
        assertTrue(expected.containsKey("content/journals/tmi.yaml"), "the snapshot holds the copied project");
    }
}
