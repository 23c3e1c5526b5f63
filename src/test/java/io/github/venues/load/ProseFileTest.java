package io.github.venues.load;

import io.github.venues.problem.Problem;
import io.github.venues.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Markdown prose is read with the same care as YAML: bounded, strict UTF-8, one located problem. */
class ProseFileTest {

    private static final String PATH = "content/intro.en.md";

    @TempDir
    Path dir;

    private List<String> problems(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("intro.en.md"), bytes);
        SourceText.Read read = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ProseFile.read(file, PATH));
        if (read.problem() == null) return List.of();
        assertNull(read.text());
        return List.of(read.problem().toString());
    }

    private List<String> problems(String text) throws IOException {
        return problems(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void ordinaryProseIsRead() throws IOException {
        assertEquals(List.of(), problems("A list of *venues*.\n\n- one\n  - two\n\n> quoted\n\n---\n"));
    }

    @Test
    void aFileOverSixteenKibibytesIsRefused() throws IOException {
        assertEquals(List.of(PATH + ":1:1: error: file is too large (30,000,000 bytes); content files are at most 16,384 bytes"),
                problems("word ".repeat(6_000_000)));
    }

    @Test
    void invalidUtf8IsAnErrorAtTheBadByte() throws IOException {
        assertEquals(List.of(PATH + ":3:4: error: the file is not UTF-8 (bad byte 0xE9 at offset 10); save it as UTF-8"),
                problems("Intro\n\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aNulByteIsAnErrorAtItsPlace() throws IOException {
        assertEquals(List.of(PATH + ":1:3: error: the file contains the control character U+0000 (NULL);"
                + " remove it: a content file holds text, tabs and line breaks only"), problems("ab\u0000c\n"));
    }

    @Test
    void aLineOpeningFiveThousandQuotesIsAnErrorAtTheNinth() throws IOException {
        assertEquals(List.of(PATH + ":3:9: error: block quotes and lists nested more than 8 levels deep; prose is a few paragraphs: nest less"),
                problems("Intro\n\n" + ">".repeat(5000) + " deep\n"));
    }

    @Test
    void aLineOpeningThousandsOfListItemsIsAnErrorAtTheNinth() throws IOException {
        assertEquals(List.of(PATH + ":1:17: error: block quotes and lists nested more than 8 levels deep; prose is a few paragraphs: nest less"),
                problems("- ".repeat(5000) + "x\n"));
        assertEquals(List.of(PATH + ":1:21: error: block quotes and lists nested more than 8 levels deep; prose is a few paragraphs: nest less"),
                problems("1. > ".repeat(1000) + "x\n"));
    }

    @Test
    void eightLevelsAndThematicBreaksAreFine() throws IOException {
        assertEquals(List.of(), problems("> - > - > - > - eight\n\n- - - - - - - - - - - -\n\n* * * * * * * * * * *\n"));
    }

    @Test
    void theLoaderReportsAProseProblemWithItsPath() {
        ContentFolder folder = ContentFolder.withSite(dir).journal("x.yaml", "name: Medical Physics\n")
                .write("notes.zh.md", "说明\n\n" + "> ".repeat(100) + "深\n");
        assertEquals(List.of("content/notes.zh.md:3:17: error: block quotes and lists nested more than 8 levels deep;"
                + " prose is a few paragraphs: nest less"), folder.problems());
        List<Problem> problems = folder.validate().problems();
        assertEquals(1, problems.size());
    }
}
