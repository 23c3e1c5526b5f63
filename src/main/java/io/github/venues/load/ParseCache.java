package io.github.venues.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps parsed files between builds of one process (the preview server): a file whose
 * modification time and size are unchanged is not read again.
 */
public final class ParseCache {

    private record Entry(FileTime modified, long size, String path, Parsed parsed) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    Parsed parse(Path file, String path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            entries.remove(file);
            return YamlParser.parse(file, path);
        }
        Entry cached = entries.get(file);
        if (cached != null && cached.modified.equals(attributes.lastModifiedTime())
                && cached.size == attributes.size() && cached.path.equals(path)) {
            return cached.parsed;
        }
        Parsed parsed = YamlParser.parse(file, path);
        entries.put(file, new Entry(attributes.lastModifiedTime(), attributes.size(), path, parsed));
        return parsed;
    }

    /** Forgets files that are gone, so the cache never outgrows the content folder. */
    void retainOnly(Set<Path> files) {
        entries.keySet().retainAll(files);
    }
}
