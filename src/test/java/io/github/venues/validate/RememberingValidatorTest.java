package io.github.venues.validate;

import io.github.venues.load.Content;
import io.github.venues.load.ContentLoader;
import io.github.venues.load.ParseCache;
import io.github.venues.problem.Problem;
import io.github.venues.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview server's validator remembers each file's own problems between runs and checks
 * again only the files that changed: what it reports must be what a fresh validator reports.
 */
class RememberingValidatorTest {

    @TempDir
    Path project;

    @Test
    void aRememberingValidatorReportsWhatAFreshOneReportsAfterEachEdit() throws Exception {
        ContentFolder folder = ContentFolder.withSite(project)
                .journal("tmi.yaml", "name: IEEE Transactions on Medical Imaging\nabbr: TMI\nh5_index: 85\n")
                .journal("mia.yaml", "name: Medical Image Analysis\nh5_index: 67\n")
                .conference("miccai.yaml", "name: Medical Image Computing and Computer Assisted Intervention\nh5_index: 61\n");
        ParseCache cache = new ParseCache();
        Validator remembering = new Validator(true);

        Validation first = remembering.validate(load(folder, cache));
        assertEquals(List.of(), texts(first));
        assertNotNull(first.catalog());

        edit(folder, "journals/mia.yaml", "name: Medical Image Analysis\nh5_index: sixty-seven\n");
        List<String> broken = texts(remembering.validate(load(folder, cache)));
        assertEquals(texts(new Validator().validate(load(folder, null))), broken);
        assertEquals(1, broken.size(), broken.toString());
        assertTrue(broken.get(0).startsWith(folder.content().resolve("journals/mia.yaml") + ":2:11: error: h5_index"), broken.get(0));

        // tmi.yaml now clashes with an unchanged file's name: cross-file rules still see every file.
        edit(folder, "journals/tmi.yaml", "name: Medical Image Analysis\nabbr: TMI\nh5_index: 85\n");
        assertEquals(texts(new Validator().validate(load(folder, null))), texts(remembering.validate(load(folder, cache))));

        edit(folder, "journals/mia.yaml", "name: Medical Image Analysis\nh5_index: 67\n");
        edit(folder, "journals/tmi.yaml", "name: IEEE Transactions on Medical Imaging\nabbr: TMI\nh5_index: 85\n");
        Validation fixed = remembering.validate(load(folder, cache));
        assertEquals(List.of(), texts(fixed));
        assertEquals(3, fixed.catalog().size());
    }

    private static Content load(ContentFolder folder, ParseCache cache) {
        return new ContentLoader(folder.content(), Path.of(""), cache).load();
    }

    /** Rewrites a file with a later modification time, as an editor's save does. */
    private static void edit(ContentFolder folder, String relative, String yaml) throws Exception {
        Path file = folder.content().resolve(relative);
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, yaml);
        Files.setLastModifiedTime(file, FileTime.from(before.toInstant().plusSeconds(1)));
    }

    private static List<String> texts(Validation validation) {
        return validation.problems().stream().filter(p -> !p.severity().name().equals("NOTE")).map(Problem::toString).toList();
    }
}
