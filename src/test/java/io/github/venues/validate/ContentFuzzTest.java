package io.github.venues.validate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.venues.load.Content;
import io.github.venues.load.ContentLoader;
import io.github.venues.load.Parsed;
import io.github.venues.load.VenueFile;
import io.github.venues.load.YamlParser;
import io.github.venues.problem.Problem;
import io.github.venues.testing.ContentFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Coverage-guided fuzzing (Jazzer) of the loader and the validator: the fuzzer picks one of the
 * project's real content files, edits it (inserts, deletes, duplicates lines, drops YAML tokens
 * in), and the whole content is validated with that file in place. Whatever the edit, the outcome
 * is a model or located problems, never an exception.
 *
 * <p>In {@code mvn verify} the surefire execution {@code fuzz} runs this for a bounded time with
 * {@code JAZZER_FUZZ=1} (see pom.xml); the default execution replays only the unedited file.
 * An input that fails is saved under {@code src/test/resources/io/github/venues/validate/ContentFuzzTestInputs/}
 * and is replayed by every later run.
 */
class ContentFuzzTest {

    /** Where the fuzzed file's problems must point: its path as messages show it. */
    private static final Content REAL = new ContentLoader(ContentFolder.REAL_CONTENT, Path.of("")).load();
    private static final List<Seed> SEEDS = seeds();
    private static final Validator VALIDATOR = new Validator();

    /** Fragments worth dropping into YAML: structure, YAML 1.1 surprises, limits, hostile text. */
    private static final String[] TOKENS = {
        ": ", "- ", "\n", "\r\n", "\t", "  ", "#", "'", "\"", "{", "}", "[", "]", ",", "? ", "|", ">",
        "&a ", "*a", "<<: *a", "!!str ", "!!int ", "!!float ", "!!bool ", "!!null ", "!!binary ", "!java.io.File ", "%YAML 1.1\n", "---\n", "...\n",
        "~", "null", "no", "on", "None", "012", "0x1F", "1e3", ".inf", "-.inf", ".nan", "-1", "5.5353", "1_000", "2026-12-04",
        "\uFEFF", "\u202E", "\u200B", "\u0000", "\\", "<script>", "javascript:", "https://x.org/",
        "name: ", "abbr: ", "h5_index: ", "impact_factor: ", "cas:\n  category: medicine\n  zone: ", "ccf: ",
        "editions: {h5_index: ", "homepage: ",
    };

    private record Seed(String path, byte[] bytes, VenueFile venue) {
    }

    @FuzzTest(maxDuration = "30s")
    void anEditedContentFileGivesAModelOrLocatedProblemsNeverAnException(FuzzedDataProvider data) {
        Seed seed = SEEDS.get(data.consumeInt(0, SEEDS.size() - 1));
        byte[] edited = edit(seed.bytes(), data);

        Parsed parsed = YamlParser.parse(edited, seed.path());
        Content content;
        if (seed.venue() == null) {
            content = new Content(parsed.document(), REAL.venues(), REAL.prose(), parsed.problems());
        } else {
            List<VenueFile> venues = new ArrayList<>(REAL.venues());
            VenueFile original = seed.venue();
            venues.set(venues.indexOf(original), new VenueFile(original.kind(), original.id(), original.path(), parsed.document()));
            content = new Content(REAL.site(), venues, REAL.prose(), parsed.problems());
        }
        Validation validation = VALIDATOR.validate(content);

        String text = new String(edited, StandardCharsets.UTF_8);
        long lines = text.lines().count() + 1;
        for (Problem p : validation.problems()) {
            assertFalse(p.message().isBlank(), "a problem says what is wrong: " + p);
            assertFalse(p.text().contains("\n") || p.text().contains("\r"), "a problem is one line: " + p);
            if (p.location().file().equals(seed.path())) {
                assertTrue(p.location().line() >= 0 && p.location().line() <= lines, "a line of the file: " + p);
                assertTrue(p.location().line() == 0 || p.location().column() >= 1, "a line has a column: " + p);
            } else if (p.isError()) {
                // The edit of one file can make another one clash with it (a duplicate name), nothing more.
                assertTrue(REAL.venues().stream().anyMatch(v -> v.path().equals(p.location().file())), "an error in the edited file or a real one: " + p);
            }
        }
        boolean errors = validation.problems().stream().anyMatch(Problem::isError);
        if (errors) {
            assertEquals(null, validation.catalog(), "no model from content with errors");
        } else {
            assertNotNull(validation.catalog(), "a model from content without errors");
            assertEquals(REAL.venues().size(), validation.catalog().size(), "every venue is in the model");
        }
    }

    /** Up to eight edits, each chosen by the fuzzer: it learns which ones reach new code. */
    private static byte[] edit(byte[] original, FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder(new String(original, StandardCharsets.UTF_8));
        int edits = data.consumeInt(0, 8);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            int at = data.consumeInt(0, text.length());
            switch (data.consumeInt(0, 5)) {
                case 0 -> text.insert(at, TOKENS[data.consumeInt(0, TOKENS.length - 1)]);
                case 1 -> text.insert(at, data.consumeString(16));
                case 2 -> text.delete(at, Math.min(text.length(), at + data.consumeInt(1, 40)));
                case 3 -> {
                    int start = text.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                    int end = text.indexOf("\n", at);
                    String line = text.substring(start, end < 0 ? text.length() : end + 1);
                    text.insert(start, line.repeat(data.consumeInt(1, 3)));
                }
                case 4 -> text.setCharAt(Math.min(at, Math.max(0, text.length() - 1)), (char) data.consumeInt(0, 0x2FFF));
                default -> {
                    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                    if (bytes.length == 0) break;
                    bytes[data.consumeInt(0, bytes.length - 1)] = data.consumeByte();
                    return bytes; // raw bytes, possibly not UTF-8: no further edits on text
                }
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code site.yaml} and every venue file of the project, with their loaded form. */
    private static List<Seed> seeds() {
        if (!REAL.problems().isEmpty() || REAL.site() == null) fail("the project's content must load cleanly: " + REAL.problems());
        List<Seed> seeds = new ArrayList<>();
        seeds.add(new Seed(REAL.site().path(), read(ContentFolder.REAL_CONTENT.resolve(ContentLoader.SITE_FILE)), null));
        for (VenueFile venue : REAL.venues()) {
            seeds.add(new Seed(venue.path(), read(Path.of(venue.path())), venue));
        }
        return List.copyOf(seeds);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
