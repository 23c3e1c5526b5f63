package io.github.venues.load;

import io.github.venues.model.Kind;
import io.github.venues.problem.Location;
import io.github.venues.problem.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Walks a content folder: {@code site.yaml}, the Markdown prose beside it, and one YAML file per
 * venue in {@code journals/} and {@code conferences/}. Files are parsed in parallel; the result
 * is in a stable order whatever the file system's.
 */
public final class ContentLoader {

    public static final String SITE_FILE = "site.yaml";

    private final Path root;
    private final Path displayBase;
    private final ParseCache cache;

    /**
     * @param contentDir  the content folder
     * @param displayBase paths in messages are shown relative to this folder when inside it
     *                    (the working directory, so that {@code content/journals/tmi.yaml} opens in an editor)
     */
    public ContentLoader(Path contentDir, Path displayBase) {
        this(contentDir, displayBase, null);
    }

    /** @param cache parsed files to reuse when unchanged, or {@code null} to read everything */
    public ContentLoader(Path contentDir, Path displayBase, ParseCache cache) {
        this.root = contentDir;
        this.displayBase = displayBase.toAbsolutePath().normalize();
        this.cache = cache;
    }

    public Content load() {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(Problem.error(Location.ofFile(display(root)),
                    "content folder not found", "run from the project's top folder, or pass --content DIR"));
            return new Content(null, List.of(), Map.of(), problems);
        }
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            problems.add(Problem.error(Location.ofFile(display(root)), "cannot read the content folder: " + e.getMessage()));
            return new Content(null, List.of(), Map.of(), problems);
        }

        YamlDocument site = null;
        Path siteFile = root.resolve(SITE_FILE);
        if (Files.exists(siteFile, LinkOption.NOFOLLOW_LINKS)) {
            BasicFileAttributes attributes = attributesInside(siteFile, realRoot, problems);
            if (attributes != null && !attributes.isRegularFile()) {
                problems.add(Problem.error(Location.ofFile(display(siteFile)), "not a regular file",
                        "site.yaml holds the list's title, description, base_url, updated and editions"));
            } else if (attributes != null) {
                Parsed parsed = YamlParser.parse(siteFile, display(siteFile));
                problems.addAll(parsed.problems());
                site = parsed.document();
            }
        } else {
            problems.add(Problem.error(Location.ofFile(display(siteFile)), "missing",
                    "site.yaml holds the list's title, description, base_url, updated and editions"));
        }

        Map<String, String> prose = new TreeMap<>();
        List<Listed> listed = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Path folder = root.resolve(kind.folder());
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) continue;
            BasicFileAttributes attributes = attributesInside(folder, realRoot, problems);
            if (attributes == null) continue;
            if (!attributes.isDirectory()) {
                problems.add(Problem.error(Location.ofFile(display(folder)), "not a folder",
                        kind.folder() + "/ holds one YAML file per venue"));
                continue;
            }
            // Messages name a file by its folder's display path and its own name: one Path
            // normalisation per folder, not per file (it showed in allocation profiles at 20,000 files).
            String shownFolder = display(folder);
            for (Path file : list(folder, problems)) {
                listed.add(new Listed(kind, file, shownFolder + "/" + file.getFileName()));
            }
        }
        for (Path file : list(root, problems)) {
            String name = file.getFileName().toString();
            String ignored = ignoredBecause(name);
            if (ignored != null) {
                problems.add(Problem.note(Location.ofFile(display(file)), ignored));
                continue;
            }
            if (!name.endsWith(".md")) continue;
            BasicFileAttributes attributes = attributesInside(file, realRoot, problems);
            if (attributes == null) continue;
            if (!attributes.isRegularFile()) {
                problems.add(Problem.warning(Location.ofFile(display(file)), "ignored: not a regular file"));
                continue;
            }
            SourceText.Read read = ProseFile.read(file, display(file));
            if (read.problem() != null) {
                problems.add(read.problem());
            } else {
                prose.put(name, read.text());
            }
        }

        // Reading and parsing thousands of small files is most of the time: spread it over the cores.
        List<Loaded> loaded = listed.parallelStream().map(entry -> read(entry, realRoot)).toList();
        List<VenueFile> venues = new ArrayList<>(loaded.size());
        for (Loaded l : loaded) {
            if (l.venue != null) venues.add(l.venue);
            problems.addAll(l.problems);
        }
        if (cache != null) {
            cache.retainOnly(listed.stream().map(Listed::file).collect(java.util.stream.Collectors.toSet()));
        }
        if (venues.isEmpty()) {
            problems.add(Problem.error(Location.ofFile(display(root)), "no venue files found",
                    "add files such as journals/tmi.yaml or conferences/miccai.yaml"));
        }
        return new Content(site, venues, prose, problems);
    }

    private record Listed(Kind kind, Path file, String path) {
    }

    private record Candidate(Kind kind, String id, Path file, String path) {
    }

    /** A listed file after reading: a venue (or {@code null} when skipped) and what was noted. */
    private record Loaded(VenueFile venue, List<Problem> problems) {
    }

    private Loaded read(Listed entry, Path realRoot) {
        List<Problem> problems = new ArrayList<>(1);
        Candidate c = classify(entry.kind, entry.file, entry.path, realRoot, problems);
        if (c == null) return new Loaded(null, problems);
        Parsed parsed = cache == null ? YamlParser.parse(c.file, c.path) : cache.parse(c.file, c.path);
        problems.addAll(parsed.problems());
        return new Loaded(new VenueFile(c.kind, c.id, c.path, parsed.document()), problems);
    }

    /** Decides whether a file in a venue folder is a venue file; notes what it skips. */
    private Candidate classify(Kind kind, Path file, String path, Path realRoot, List<Problem> problems) {
        String name = file.getFileName().toString();
        String ignored = ignoredBecause(name);
        if (ignored != null) {
            problems.add(Problem.note(Location.ofFile(path), ignored));
            return null;
        }
        BasicFileAttributes attributes = attributesInside(file, path, realRoot, problems);
        if (attributes == null) return null;
        if (attributes.isDirectory()) {
            problems.add(Problem.warning(Location.ofFile(path), "folder ignored",
                    "venue files go directly in " + kind.folder() + "/"));
            return null;
        }
        if (!attributes.isRegularFile()) {
            // A named pipe or a device would block or never end when read.
            problems.add(Problem.warning(Location.ofFile(path), "ignored: not a regular file",
                    "venue files are plain .yaml files"));
            return null;
        }
        String id = stripYamlExtension(name);
        if (id == null) {
            problems.add(Problem.warning(Location.ofFile(path), "ignored: not a .yaml file",
                    "venue files end in .yaml"));
            return null;
        }
        return new Candidate(kind, id, file, path);
    }

    /**
     * The attributes of {@code file}, following a symbolic link only when it leads to a place
     * inside the content folder; {@code null}, with a problem, when it leads outside (a pull
     * request could otherwise publish any file of the machine that builds it) or nowhere.
     */
    private BasicFileAttributes attributesInside(Path file, Path realRoot, List<Problem> problems) {
        return attributesInside(file, display(file), realRoot, problems);
    }

    private BasicFileAttributes attributesInside(Path file, String path, Path realRoot, List<Problem> problems) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            problems.add(Problem.error(Location.ofFile(path), "cannot read: " + SourceText.describe(e)));
            return null;
        }
        if (!attributes.isSymbolicLink()) return attributes;
        try {
            if (!file.toRealPath().startsWith(realRoot)) {
                problems.add(Problem.error(Location.ofFile(path), "a symbolic link that points outside the content folder",
                        "replace it with the file itself"));
                return null;
            }
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            problems.add(Problem.error(Location.ofFile(path), "a broken symbolic link"));
            return null;
        }
    }

    /**
     * Why a file is not read, or {@code null}: hidden files and editors' leftovers
     * ({@code .#x.yaml} locks, {@code x.yaml~} backups, {@code .x.yaml.swp} swap files,
     * {@code #x.yaml#} auto-saves). They are skipped with a note, never read as content.
     */
    static String ignoredBecause(String name) {
        if (name.startsWith(".#") || name.endsWith("~") || name.startsWith("#")
                || (name.startsWith(".") && (name.endsWith(".swp") || name.endsWith(".swo") || name.endsWith(".swx")))) {
            return "ignored: an editor's backup, lock or swap file";
        }
        if (name.startsWith(".")) return "ignored: a hidden file";
        return null;
    }

    static String stripYamlExtension(String name) {
        if (name.endsWith(".yaml")) return name.substring(0, name.length() - 5);
        if (name.endsWith(".yml")) return name.substring(0, name.length() - 4);
        return null;
    }

    private List<Path> list(Path folder, List<Problem> problems) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.error(Location.ofFile(display(folder)), "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    /** How messages name a file: relative to the display base when inside it, with forward slashes. */
    String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(displayBase) ? displayBase.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }
}
