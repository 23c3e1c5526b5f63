package io.github.venues.load;

import io.github.venues.testing.ContentFolder;
import io.github.venues.validate.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Only the content folder's own files are read: a symbolic link that leads outside it is refused
 * wherever it is (a venue file, a venue folder, site.yaml, the prose), and a file that is not a
 * regular file (a named pipe) is skipped rather than read forever.
 */
class FileHygieneTest {

    private static final String OUTSIDE = ": error: a symbolic link that points outside the content folder; replace it with the file itself";

    @TempDir
    Path project;

    private ContentFolder content() {
        return ContentFolder.withSite(project);
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            abort("this file system cannot make symbolic links: " + e);
        }
    }

    private Path outside(String name, String text) throws IOException {
        Path folder = Files.createDirectories(project.resolve("elsewhere"));
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void aSymlinkedVenueFolderThatLeadsOutsideIsRefusedAndNotRead() throws IOException {
        ContentFolder folder = content().conference("c.yaml", "name: Some Conference\n");
        outside("secret.yaml", "name: Secret Journal\n");
        link(folder.content().resolve("journals"), project.resolve("elsewhere"));
        Validation result = folder.validate();
        assertEquals(List.of("content/journals" + OUTSIDE), result.problems().stream().map(Object::toString).toList());
        assertFalse(result.ok());
    }

    @Test
    void aSymlinkedSiteFileThatLeadsOutsideIsRefused() throws IOException {
        ContentFolder folder = ContentFolder.withoutSite(project).journal("x.yaml", "name: Medical Physics\n");
        Path site = outside("site.yaml", ContentFolder.read(ContentFolder.REAL_CONTENT.resolve("site.yaml")));
        link(folder.content().resolve("site.yaml"), site);
        assertEquals(List.of("content/site.yaml" + OUTSIDE), folder.problems());
    }

    @Test
    void aSymlinkedProseFileThatLeadsOutsideIsRefused() throws IOException {
        ContentFolder folder = content().journal("x.yaml", "name: Medical Physics\n");
        link(folder.content().resolve("intro.en.md"), outside("passwd.md", "root:x:0:0\n"));
        assertEquals(List.of("content/intro.en.md" + OUTSIDE), folder.problems());
    }

    @Test
    void aBrokenSymlinkIsAnError() throws IOException {
        ContentFolder folder = content().journal("x.yaml", "name: Medical Physics\n");
        link(folder.content().resolve("notes.en.md"), project.resolve("nowhere.md"));
        assertEquals(List.of("content/notes.en.md: error: a broken symbolic link"), folder.problems());
    }

    @Test
    void symlinksThatStayInsideTheContentFolderAreFollowed() throws IOException {
        ContentFolder folder = content().journal("x.yaml", "name: Medical Physics\n")
                .write("texts/intro.md", "An *introduction*.\n")
                .write("shared/y.yaml", "name: Radiology\n");
        link(folder.content().resolve("intro.en.md"), Path.of("texts/intro.md"));
        link(folder.content().resolve("journals/y.yaml"), Path.of("../shared/y.yaml"));
        Validation result = folder.validate();
        assertEquals(List.of(), result.problems());
        assertEquals("An *introduction*.", result.catalog().site().intro().en());
        assertEquals(2, result.catalog().journals().size());
    }

    @Test
    void aFileWithAnotherExtensionInAVenueFolderIsAWarningAndIsNotRead() {
        Validation result = content().journal("x.yaml", "name: Medical Physics\n")
                .journal("y.json", "{\"name\": \"Radiology\"}").journal("README", "about\n").validate();
        assertEquals(List.of(
                        "content/journals/README: warning: ignored: not a .yaml file; venue files end in .yaml",
                        "content/journals/y.json: warning: ignored: not a .yaml file; venue files end in .yaml"),
                result.problems().stream().map(Object::toString).toList());
        assertTrue(result.ok());
        assertEquals(1, result.catalog().size());
    }

    @Test
    void aVenueFolderThatIsAFileIsAnError() {
        ContentFolder folder = content().conference("c.yaml", "name: Some Conference\n").write("journals", "not a folder\n");
        assertEquals(List.of("content/journals: error: not a folder; journals/ holds one YAML file per venue"), folder.problems());
    }

    @Test
    void aNamedPipeIsSkippedNotReadForever() throws Exception {
        ContentFolder folder = content().journal("x.yaml", "name: Medical Physics\n");
        Path pipe = folder.content().resolve("journals/pipe.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            abort("no mkfifo here: " + e);
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo made no pipe");
        Validation result = assertTimeoutPreemptively(Duration.ofSeconds(20), folder::validate);
        assertEquals(List.of("content/journals/pipe.yaml: warning: ignored: not a regular file; venue files are plain .yaml files"),
                result.problems().stream().map(Object::toString).toList());
        assertTrue(result.ok());
    }
}
