package io.github.venues.testing;

import io.github.venues.load.ContentLoader;
import io.github.venues.problem.Problem;
import io.github.venues.validate.Validation;
import io.github.venues.validate.Validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small content folder written under a test's temporary directory: {@code <project>/content/}
 * with a copy of the real {@code site.yaml} and whatever venue files a test adds. Messages name
 * files relative to {@code <project>}, as they do for a contributor in the project folder.
 */
public final class ContentFolder {

    /** The real content folder of the project (the working directory of the tests). */
    public static final Path REAL_CONTENT = Path.of("content");

    private final Path project;
    private final Path content;

    private ContentFolder(Path project) {
        this.project = project;
        this.content = project.resolve("content");
    }

    /** A content folder with the real {@code site.yaml} and no venues yet. */
    public static ContentFolder withSite(Path project) {
        ContentFolder folder = new ContentFolder(project);
        folder.write("site.yaml", read(REAL_CONTENT.resolve("site.yaml")));
        return folder;
    }

    /** A content folder without {@code site.yaml}. */
    public static ContentFolder withoutSite(Path project) {
        ContentFolder folder = new ContentFolder(project);
        try {
            Files.createDirectories(folder.content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    public ContentFolder journal(String fileName, String yaml) {
        return write("journals/" + fileName, yaml);
    }

    public ContentFolder conference(String fileName, String yaml) {
        return write("conferences/" + fileName, yaml);
    }

    /** Writes {@code text} as UTF-8 to {@code content/<relative>}. */
    public ContentFolder write(String relative, String text) {
        Path file = content.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Rewrites one line of {@code site.yaml}: the line starting with {@code key:}. */
    public ContentFolder siteLine(String key, String newLine) {
        String site = read(content.resolve("site.yaml"));
        String changed = site.replaceFirst("(?m)^" + key + ":.*$", java.util.regex.Matcher.quoteReplacement(newLine));
        if (changed.equals(site)) throw new IllegalArgumentException("no line " + key + ": in site.yaml");
        return write("site.yaml", changed);
    }

    public Path project() {
        return project;
    }

    public Path content() {
        return content;
    }

    public Validation validate() {
        return new Validator().validate(new ContentLoader(content, project).load());
    }

    /** Every problem as printed: {@code content/journals/x.yaml:3:11: error: ...}. */
    public List<String> problems() {
        return validate().problems().stream().map(Problem::toString).toList();
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the tree {@code from} to {@code to}, creating the folders on the way. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file and folder under {@code root} by relative path, with its bytes read as ISO-8859-1 (one char per byte, so a failed comparison shows the difference). */
    public static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p)) {
                    files.put(rel + "/", "");
                } else {
                    files.put(rel, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
