package io.github.venues.cli;

import io.github.venues.testing.ChildJvm;
import io.github.venues.testing.ContentFolder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile content files through the real command line, in a JVM of its own with a 64 MB heap:
 * each ends as one located error and exit status 1, never an OutOfMemoryError, a
 * StackOverflowError or a stack trace. (The messages are checked in detail in-process by
 * YamlParserTest and ProseFileTest.)
 */
class HostileFilesTest {

    @TempDir
    Path project;

    /** How one hostile file is written: its path in content/ and its bytes. */
    interface Writer {
        void write(Path file) throws IOException;
    }

    static Writer text(String text) {
        return file -> Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Writer bytes(byte[] bytes) {
        return file -> Files.write(file, bytes);
    }

    /** Thirty megabytes of plausible YAML, written in blocks. */
    static Writer thirtyMegabytes(String line) {
        return file -> {
            byte[] block = line.repeat((1 << 20) / line.length() + 1).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = Files.newOutputStream(file)) {
                for (long written = 0; written < 30L << 20; written += block.length) out.write(block);
            }
        };
    }

    static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(",", Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
        }
        return yaml.toString();
    }

    static Stream<Arguments> cases() {
        String journal = "journals/x.yaml";
        return Stream.of(
                Arguments.of("billion laughs", journal, text(billionLaughs()), journal + ":3:11: error: more than 10 aliases"),
                Arguments.of("30 MB venue file", journal, thirtyMegabytes("name: Medical Physics\n"), journal + ":1:1: error: file is too large"),
                Arguments.of("5,000 nested lists", journal, text("a: " + "[".repeat(5000) + "]".repeat(5000) + "\n"),
                        journal + ":1:23: error: nested more than 20 levels deep"),
                Arguments.of("5,000 nested block lists", journal, text("- ".repeat(5000) + "x\n"), journal + ":1:41: error: nested more than 20 levels deep"),
                Arguments.of("5,000 nested mappings", journal, text("{a: ".repeat(5000) + "}".repeat(5000) + "\n"),
                        journal + ":1:81: error: nested more than 20 levels deep"),
                Arguments.of("100,000 lines", journal, text("name: X\n" + "#\n".repeat(99_999)),
                        journal + ":10001:1: error: the file has more than 10,000 lines"),
                Arguments.of("90,000 keys", journal, text("{" + "k: 1, ".repeat(90_000) + "}\n"), journal + ":1:2999: error: more than 1,000 keys and values"),
                Arguments.of("NUL byte", journal, text("name: Medical\u0000Physics\n"), journal + ":1:14: error: the file contains the control character U+0000"),
                Arguments.of("invalid UTF-8", journal, bytes(new byte[]{'n', 'a', 'm', 'e', ':', ' ', (byte) 0xC3, '(', '\n'}),
                        journal + ":1:7: error: the file is not UTF-8 (bad byte 0xC3 at offset 6)"),
                Arguments.of("a list", journal, text("- name: Medical Physics\n"), journal + ":1:1: error: the file must be a mapping of keys"),
                Arguments.of("a scalar", journal, text("Medical Physics\n"), journal + ":1:1: error: the file must be a mapping of keys"),
                Arguments.of("30 MB prose", "intro.en.md", thirtyMegabytes("Some *prose*.\n"), "intro.en.md:1:1: error: file is too large"),
                Arguments.of("5,000 nested quotes in prose", "notes.en.md", text(">".repeat(5000) + " deep\n"),
                        "notes.en.md:1:9: error: block quotes and lists nested more than 8 levels deep"),
                Arguments.of("invalid UTF-8 in site.yaml", "site.yaml", bytes(new byte[]{'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xFF, '\n'}),
                        "site.yaml:1:8: error: the file is not UTF-8 (bad byte 0xFF at offset 7)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsAsOneLocatedErrorInASmallHeap(String name, String file, Writer hostile, String expected) throws Exception {
        ContentFolder content = ContentFolder.withSite(project).conference("ok.yaml", "name: Some Conference\n");
        Files.createDirectories(content.content().resolve(file).getParent());
        hostile.write(content.content().resolve(file));
        List<String> jvm = Stream.concat(ChildJvm.QUICK.stream(), Stream.of("-Xmx64m", "-Xss512k")).toList();
        ChildJvm.Run run = ChildJvm.run(Duration.ofSeconds(60), project, jvm, List.of("validate", "--content", "content"));
        System.out.printf("hostile file %-30s %5d ms in a child JVM (start-up included), exit %d%n", name, run.took().toMillis(), run.exit());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out() + run.err());
        assertTrue(lines.get(0).startsWith("content/" + expected), lines.get(0));
        assertEquals("1 error, 0 warnings: fix the errors above and run validate again", lines.get(1));
        assertEquals("", run.err());
        assertEquals(ExitCode.PROBLEMS, run.exit());
        for (String bad : List.of("Exception", "Error:", "\tat ", "OutOfMemory", "StackOverflow")) {
            assertFalse(run.out().contains(bad), run.out());
        }
    }
}
