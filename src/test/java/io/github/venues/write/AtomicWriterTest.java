package io.github.venues.write;

import io.github.venues.render.Output;
import io.github.venues.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Outputs are put in place whole: a reader sees the old version or the new one, and nothing is left lying around. */
class AtomicWriterTest {

    @TempDir
    Path parent;

    private Path target() {
        return parent.resolve("site");
    }

    private List<String> parentListing() throws IOException {
        try (var entries = Files.list(parent)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, String> files(String... pathsAndTexts) {
        Map<String, String> map = new java.util.TreeMap<>();
        map.put("", "");
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            String path = pathsAndTexts[i];
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                map.put(path.substring(0, slash) + "/", "");
            }
            // as ContentFolder.snapshot reads them: one char per byte of the UTF-8 text
            map.put(path, new String(pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        }
        return map;
    }

    private static Map<String, String> snapshot(Path folder) {
        Map<String, String> map = new java.util.TreeMap<>(ContentFolder.snapshot(folder));
        map.put("", map.remove("/"));
        return map;
    }

    private void writeOld(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("old"));
        Files.writeString(folder.resolve("index.html"), "old index");
        Files.writeString(folder.resolve("old/page.html"), "old page");
    }

    @Test
    void replaceFolderCreatesTheFolderWithTheOutputs() throws IOException {
        AtomicWriter.replaceFolder(target(), List.of(Output.text("index.html", "new index"), Output.text("zh/index.html", "新")));
        assertEquals(files("index.html", "new index", "zh/index.html", "新"), snapshot(target()));
        assertEquals(List.of("site"), parentListing());
    }

    @Test
    void replaceFolderReplacesTheContentWhollyAndLeavesNothingBeside() throws IOException {
        writeOld(target());
        AtomicWriter.replaceFolder(target(), List.of(Output.text("index.html", "new index"), Output.text("venues.json", "{}")));
        assertEquals(files("index.html", "new index", "venues.json", "{}"), snapshot(target()));
        assertEquals(List.of("site"), parentListing());
    }

    @Test
    void aRetiredFolderLeftWithTheTargetMissingIsPutBackThenReplaced() throws IOException {
        // A run killed between its two renames leaves the old folder as .retired-site and no site.
        writeOld(parent.resolve(".retired-site"));
        AtomicWriter.replaceFolder(target(), List.of(Output.text("index.html", "new index")));
        assertEquals(files("index.html", "new index"), snapshot(target()));
        assertEquals(List.of("site"), parentListing());
    }

    @Test
    void aRetiredFolderLeftWithTheTargetMissingIsPutBackWhenTheNextRunFails() throws IOException {
        writeOld(parent.resolve(".retired-site"));
        List<Output> conflicting = List.of(Output.text("a", "a file"), Output.text("a/b", "under a file"));
        assertThrows(IOException.class, () -> AtomicWriter.replaceFolder(target(), conflicting));
        assertEquals(files("index.html", "old index", "old/page.html", "old page"), snapshot(target()));
        assertEquals(List.of("site"), parentListing());
    }

    @Test
    void aFailedReplacementLeavesTheOldFolderAsItWas() throws IOException {
        writeOld(target());
        List<Output> conflicting = List.of(Output.text("a", "a file"), Output.text("a/b", "under a file"));
        assertThrows(IOException.class, () -> AtomicWriter.replaceFolder(target(), conflicting));
        assertEquals(files("index.html", "old index", "old/page.html", "old page"), snapshot(target()));
        assertEquals(List.of("site"), parentListing());
    }

    @Test
    void stagingFoldersOfAKilledRunAreRemoved() throws IOException {
        Files.createDirectories(parent.resolve(".staging-site-12345/zh"));
        Files.writeString(parent.resolve(".staging-site-12345/zh/index.html"), "half written");
        Files.createDirectories(parent.resolve(".staging-other-1"));
        AtomicWriter.replaceFolder(target(), List.of(Output.text("index.html", "new index")));
        assertEquals(List.of(".staging-other-1", "site"), parentListing());
    }

    @Test
    void theReplacedFolderHasTheUsualPermissionsOfANewFolder() throws IOException {
        assumeTrue(Files.getFileAttributeView(parent, PosixFileAttributeView.class) != null, "POSIX permissions");
        Path usual = Files.createDirectory(parent.resolve("usual"));
        AtomicWriter.replaceFolder(target(), List.of(Output.text("index.html", "new index")));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(target()));
    }

    @Test
    void replaceFileReplacesTheBytesAndLeavesNoTemporaryFile() throws IOException {
        Path readme = Files.writeString(parent.resolve("README.md"), "old readme, longer than the new one\n");
        AtomicWriter.replaceFile(readme, "new\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("new\n", Files.readString(readme));
        assertEquals(List.of("README.md"), parentListing());
    }

    @Test
    void replaceFileCreatesAMissingFile() throws IOException {
        Path readme = parent.resolve("README.md");
        AtomicWriter.replaceFile(readme, "new\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("new\n", Files.readString(readme));
        assertEquals(List.of("README.md"), parentListing());
    }

    @Test
    void replaceFileCreatesTheFoldersAMissingFileGoesIn() throws IOException {
        Path readme = parent.resolve("docs/en/README.md");
        AtomicWriter.replaceFolderAndFile(target(), List.of(Output.text("index.html", "new index")), readme,
                "new\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("new\n", Files.readString(readme));
        assertEquals(List.of("README.md"), List.of(readme.getParent().toFile().list()));
    }

    @Test
    void aReplacedFileHasTheUsualPermissionsOfANewFile() throws IOException {
        assumeTrue(Files.getFileAttributeView(parent, PosixFileAttributeView.class) != null, "POSIX permissions");
        Path usual = Files.createFile(parent.resolve("usual.md"));
        Path readme = Files.writeString(parent.resolve("README.md"), "old\n");
        AtomicWriter.replaceFile(readme, "new\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(readme));
    }

    // ---- a full disk, a killed run, a file in the way ----

    /** A disk that takes {@code capacity} bytes in all, writes part of the file that goes past it, then fails. */
    static AtomicWriter.Disk fullAfter(long capacity) {
        long[] used = {0};
        return (file, bytes) -> {
            long room = capacity - used[0];
            if (room >= bytes.length) {
                AtomicWriter.REAL_DISK.write(file, bytes);
                used[0] += bytes.length;
                return;
            }
            Files.write(file, java.util.Arrays.copyOf(bytes, (int) Math.max(0, room)));
            used[0] = capacity;
            throw new java.nio.file.FileSystemException(file.toString(), null, "No space left on device");
        };
    }

    private static List<Output> newSite() {
        return List.of(Output.text("index.html", "new index ".repeat(100)), Output.text("zh/index.html", "新 ".repeat(100)),
                Output.text("venues.json", "{}"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {0, 1, 500, 999, 1000, 1500, 1700})
    void aDiskThatFillsUpWhileStagingLeavesTheOldFolderWholeAndNoStaging(long capacity) throws IOException {
        writeOld(target());
        Path readme = Files.writeString(parent.resolve("README.md"), "old readme\n");
        assertThrows(java.nio.file.FileSystemException.class, () -> AtomicWriter.replace(target(), newSite(), readme,
                "new readme\n".repeat(100).getBytes(StandardCharsets.UTF_8), fullAfter(capacity)));
        assertEquals(files("index.html", "old index", "old/page.html", "old page"), snapshot(target()));
        assertEquals("old readme\n", Files.readString(readme));
        assertEquals(List.of("README.md", "site"), parentListing(), "no staging folder, no temporary file");
    }

    @Test
    void aDiskWithRoomForEverythingReplacesBoth() throws IOException {
        writeOld(target());
        Path readme = Files.writeString(parent.resolve("README.md"), "old readme\n");
        AtomicWriter.replace(target(), newSite(), readme, "new readme\n".getBytes(StandardCharsets.UTF_8), fullAfter(10_000));
        assertEquals("new readme\n", Files.readString(readme));
        assertEquals(files("index.html", "new index ".repeat(100), "zh/index.html", "新 ".repeat(100), "venues.json", "{}"),
                snapshot(target()));
        assertEquals(List.of("README.md", "site"), parentListing());
    }

    @Test
    void aFullDiskWhileReplacingAFileLeavesItAsItWas() throws IOException {
        Path readme = Files.writeString(parent.resolve("README.md"), "old readme\n");
        assertThrows(IOException.class, () -> AtomicWriter.replace(null, List.of(), readme,
                "new".repeat(1000).getBytes(StandardCharsets.UTF_8), fullAfter(100)));
        assertEquals("old readme\n", Files.readString(readme));
        assertEquals(List.of("README.md"), parentListing());
    }

    @Test
    void recoverPutsBackTheOldFolderOfARunKilledBetweenItsRenamesAndRemovesItsLeftovers() throws IOException {
        writeOld(parent.resolve(".retired-site"));
        Files.createDirectories(parent.resolve(".staging-site-abc/zh"));
        Files.writeString(parent.resolve(".staging-site-abc/zh/index.html"), "half");
        Files.writeString(parent.resolve(".README.md.xyz.tmp"), "half a readme");
        Files.writeString(parent.resolve("README.md"), "readme");
        AtomicWriter.recover(target());
        AtomicWriter.recoverFile(parent.resolve("README.md"));
        assertEquals(files("index.html", "old index", "old/page.html", "old page"), snapshot(target()));
        assertEquals(List.of("README.md", "site"), parentListing());
    }

    @Test
    void recoverDropsTheOldFolderWhenTheNewOneArrivedAndDoesNothingOtherwise() throws IOException {
        writeOld(parent.resolve(".retired-site"));
        Files.createDirectories(target());
        Files.writeString(target().resolve("index.html"), "new index");
        AtomicWriter.recover(target());
        assertEquals(files("index.html", "new index"), snapshot(target()));
        assertEquals(List.of("site"), parentListing());
        AtomicWriter.recover(target());
        AtomicWriter.recover(parent.resolve("missing/site"));
        assertEquals(files("index.html", "new index"), snapshot(target()));
    }

    @Test
    void aFileWhereTheFolderGoesIsNeitherReplacedNorDeleted() throws IOException {
        Files.writeString(target(), "someone's file");
        assertThrows(java.nio.file.FileSystemException.class,
                () -> AtomicWriter.replaceFolder(target(), List.of(Output.text("index.html", "new"))));
        assertEquals("someone's file", Files.readString(target()));
        assertEquals(List.of("site"), parentListing());
    }
}
