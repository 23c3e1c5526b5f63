package io.github.venues.write;

import io.github.venues.cli.SiteBuild;
import io.github.venues.testing.ChildJvm;
import io.github.venues.testing.ContentFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A build killed with SIGKILL at any moment leaves {@code site-output/} and {@code README.md}
 * each either wholly as they were or wholly new, never a mixture or a partial file.
 *
 * <p>The old and new versions are real builds of the project's content, the new one after an edit
 * that changes every page, the exports and the README. Each iteration puts the old version in
 * place, starts a child JVM that replaces it, kills it ({@link Process#destroyForcibly} is SIGKILL
 * on Linux and macOS) after a random delay, and inspects what is on disk as it is, and again after
 * the repair every {@code venues build} runs first ({@link AtomicWriter#recover}).
 *
 * <p>{@code -Dvenues.killIterations=N} sets the number of kills aimed at the write phase (100 by
 * default); {@code -Dvenues.killSeed=S} replays a run (the seed is printed).
 */
class CrashSafetyTest {

    static final int ITERATIONS = Integer.getInteger("venues.killIterations", 100);
    static final long SEED = Long.getLong("venues.killSeed", System.nanoTime());

    @TempDir
    static Path tmp;
    static Path oldSite;
    static Path newSite;
    static Path newReadme;
    static Path newContent;
    static Map<String, String> oldSiteFiles;
    static Map<String, String> newSiteFiles;
    static String oldReadmeText;
    static String newReadmeText;

    @BeforeAll
    static void buildTheTwoVersions() throws IOException {
        Path project = tmp.resolve("project");
        ContentFolder.copyTree(Path.of("content"), project.resolve("content"));
        ContentFolder.copyTree(Path.of("templates"), project.resolve("templates"));
        Path templates = project.resolve("templates");
        oldSite = tmp.resolve("old/site-output");
        SiteBuild.build(project.resolve("content"), templates, oldSite, tmp.resolve("old/README.md"));

        ContentFolder content = ContentFolder.withSite(project);
        content.siteLine("updated", "updated: 2027-01-15");
        Path tmi = project.resolve("content/journals/tmi.yaml");
        Files.writeString(tmi, Files.readString(tmi).replace("h5_index: 85", "h5_index: 86"));
        newContent = project.resolve("content");
        newSite = tmp.resolve("new/site-output");
        newReadme = tmp.resolve("new/README.md");
        SiteBuild.build(newContent, templates, newSite, newReadme);

        oldSiteFiles = ContentFolder.snapshot(oldSite);
        newSiteFiles = ContentFolder.snapshot(newSite);
        oldReadmeText = read(tmp.resolve("old/README.md"));
        newReadmeText = read(newReadme);
        assertNotEquals(oldReadmeText, newReadmeText, "the edit must change the README");
        for (String file : List.of("index.html", "zh/index.html", "venues.json", "venues.csv")) {
            assertNotEquals(oldSiteFiles.get(file), newSiteFiles.get(file), "the edit must change " + file);
        }
    }

    @Test
    void killedWhileWritingEachOutputIsOldOrNewAndTheRepairLeavesNothingBehind() throws Exception {
        Path work = tmp.resolve("write-phase");
        Path site = work.resolve("site-output");
        Path readme = work.resolve("README.md");
        List<String> args = List.of(newSite.toString(), newReadme.toString(), site.toString(), readme.toString());

        // How long writing takes here when nothing interrupts it: the kills are spread over 1.5 times that.
        List<Long> writeNanos = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            putOldVersionInPlace(work);
            Process child = startWriter(args);
            long start = awaitWriting(child);
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the writer did not finish");
            writeNanos.add(System.nanoTime() - start);
            assertEquals(0, child.exitValue(), "an uninterrupted write succeeds");
            assertEquals(newSiteFiles, ContentFolder.snapshot(site));
            assertEquals(newReadmeText, read(readme));
        }
        long window = writeNanos.stream().sorted().toList().get(1) * 3 / 2;

        Random random = new Random(SEED);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < ITERATIONS; i++) {
            putOldVersionInPlace(work);
            Process child = startWriter(args);
            awaitWriting(child);
            LockSupport.parkNanos((long) (random.nextDouble() * window));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed writer did not end");
            String context = "iteration " + i + " (seed " + SEED + ")";

            String before = inspectAsLeft(site, readme, context);
            AtomicWriter.recover(site);
            AtomicWriter.recoverFile(readme);
            String after = versionOf(site, context) + " site, " + versionOfReadme(readme, context) + " README";
            assertEquals(List.of("README.md", "site-output"), listing(work), "the repair leaves nothing beside the outputs, " + context);
            outcomes.merge("as left: " + before + "; repaired: " + after, 1, Integer::sum);
        }
        System.out.println("CrashSafetyTest: " + ITERATIONS + " kills within " + window / 1000 + " µs of writing (seed " + SEED + "): " + outcomes);
        assertTrue(outcomes.keySet().stream().anyMatch(k -> k.endsWith("old site, old README")), "some kills came before the swap: " + outcomes);
        assertTrue(outcomes.keySet().stream().anyMatch(k -> k.endsWith("new site, new README")), "some kills came after it: " + outcomes);
    }

    @Test
    void aWholeBuildKilledAtRandomIsRepairedAndCompletedByTheNextBuild() throws Exception {
        Path work = tmp.resolve("whole-build");
        Path site = work.resolve("site-output");
        Path readme = work.resolve("README.md");
        List<String> args = List.of("build", "--content", newContent.toString(), "--templates", newContent.resolveSibling("templates").toString(),
                "--out", site.toString(), "--readme", readme.toString());

        putOldVersionInPlace(work);
        long start = System.nanoTime();
        Process first = ChildJvm.builder(ChildJvm.QUICK, args).redirectErrorStream(true).start();
        first.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(first.waitFor(120, TimeUnit.SECONDS), "the build did not finish");
        long whole = System.nanoTime() - start;
        assertEquals(0, first.exitValue(), "an uninterrupted build succeeds");
        assertEquals(newSiteFiles, ContentFolder.snapshot(site), "a child's build is byte-identical to the in-process one");

        Random random = new Random(SEED);
        for (int i = 0; i < 10; i++) {
            putOldVersionInPlace(work);
            Process child = ChildJvm.builder(ChildJvm.QUICK, args).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            LockSupport.parkNanos((long) (random.nextDouble() * whole));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed build did not end");
            String context = "iteration " + i + " (seed " + SEED + ")";
            inspectAsLeft(site, readme, context);

            SiteBuild.build(newContent, newContent.resolveSibling("templates"), site, readme);
            assertEquals(newSiteFiles, ContentFolder.snapshot(site), "the next build completes the site, " + context);
            assertEquals(newReadmeText, read(readme), context);
            assertEquals(List.of("README.md", "site-output"), listing(work), "and leaves nothing beside it, " + context);
        }
    }

    /**
     * What a reader finds before any repair: README.md is old or new (one rename, never missing);
     * the site is old or new, or missing with the whole old one beside it as {@code .retired-};
     * and the README is new only once the site is (the folder is swapped first).
     */
    private static String inspectAsLeft(Path site, Path readme, String context) {
        String readmeVersion = versionOfReadme(readme, context);
        String siteVersion;
        if (Files.exists(site)) {
            siteVersion = versionOf(site, context);
        } else {
            Path retired = site.resolveSibling(".retired-site-output");
            assertTrue(Files.isDirectory(retired), "the site is missing and no old one is beside it, " + context);
            assertEquals(oldSiteFiles, ContentFolder.snapshot(retired), "the folder set aside is the whole old site, " + context);
            siteVersion = "missing (old beside)";
        }
        if (readmeVersion.equals("new")) {
            assertEquals("new", siteVersion, "a new README with an old site, " + context);
        }
        return siteVersion + " site, " + readmeVersion + " README";
    }

    private static String versionOf(Path site, String context) {
        Map<String, String> files = ContentFolder.snapshot(site);
        if (files.equals(oldSiteFiles)) return "old";
        if (files.equals(newSiteFiles)) return "new";
        List<String> mixture = new ArrayList<>();
        for (String name : new java.util.TreeSet<>(files.keySet())) {
            String f = files.get(name);
            mixture.add(name + (f.equals(oldSiteFiles.get(name)) ? " old" : f.equals(newSiteFiles.get(name)) ? " new" : " neither"));
        }
        return fail("the site is neither the old one nor the new one, " + context + ": " + mixture);
    }

    private static String versionOfReadme(Path readme, String context) {
        assertTrue(Files.isRegularFile(readme), "README.md is missing, " + context);
        String text = read(readme);
        if (text.equals(oldReadmeText)) return "old";
        if (text.equals(newReadmeText)) return "new";
        return fail("README.md is neither the old one nor the new one (" + text.length() + " chars), " + context);
    }

    private static Process startWriter(List<String> args) throws IOException {
        return ChildJvm.builder(ChildJvm.QUICK, KilledWriter.class.getName(), args)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Waits for the child's {@code writing} line; returns when it came. */
    private static long awaitWriting(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        long now = System.nanoTime();
        assertEquals("writing", line, "the writer's first line");
        return now;
    }

    /** The old site and README, and nothing else, in {@code work}. */
    private static void putOldVersionInPlace(Path work) throws IOException {
        if (Files.exists(work)) AtomicWriter.deleteTree(work);
        ContentFolder.copyTree(oldSite, work.resolve("site-output"));
        Files.writeString(work.resolve("README.md"), oldReadmeText, StandardCharsets.ISO_8859_1);
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** As {@link ContentFolder#snapshot} reads it: one char per byte. */
    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
