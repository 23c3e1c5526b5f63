package io.github.venues.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Refuses output places where writing would lose someone's files, before anything is written:
 * {@code --out .} or {@code --out content} would swap the project or the content away and delete
 * it, {@code --readme content/site.yaml} would overwrite the list's settings.
 */
public final class OutputCheck {

    private OutputCheck() {
    }

    /**
     * What is wrong with writing the site to {@code out} and the README to {@code readme} (either
     * may be {@code null}), given the folders the build reads; empty when nothing is.
     */
    public static List<String> refusals(Path out, Path readme, List<Path> sources) {
        List<String> refusals = new ArrayList<>();
        if (out != null) {
            Path o = real(out);
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out)) {
                refusals.add(out + " is a file, not a folder: pass --out with a folder");
            } else if (sources.stream().map(OutputCheck::real).anyMatch(s -> s.startsWith(o))) {
                refusals.add(out + " holds the content or the templates, which replacing it would delete: pass --out with another folder");
            } else if (Files.isDirectory(out) && !isEmpty(out) && !looksBuilt(out)) {
                refusals.add(out + " is not empty and is not a site built by venues (it has no index.html or .nojekyll),"
                        + " so it is not replaced: pass --out with a new or empty folder");
            }
            Path parent = out.toAbsolutePath().normalize().getParent();
            for (Path p = parent; p != null; p = p.getParent()) {
                if (Files.exists(p) && !Files.isDirectory(p)) {
                    refusals.add(out + " cannot be made: " + p + " is a file");
                    break;
                }
            }
        }
        if (readme != null) {
            Path r = real(readme);
            if (Files.isDirectory(readme)) {
                refusals.add(readme + " is a folder, not a file: pass --readme with a file");
            } else if (sources.stream().map(OutputCheck::real).anyMatch(r::startsWith)) {
                refusals.add(readme + " is inside the content or the templates, which it would overwrite: pass --readme with another file");
            }
        }
        return refusals;
    }

    /** The real path as far as it exists, the rest appended: comparable whether or not the file is there yet. */
    private static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean looksBuilt(Path folder) {
        return Files.isRegularFile(folder.resolve("index.html")) || Files.exists(folder.resolve(".nojekyll"));
    }
}
