package io.github.venues.load;

import io.github.venues.problem.Location;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each key and value of a parsed file stands in its source. Paths are JSON Pointers
 * ({@code /cas/zone}); the root is {@code ""}.
 */
public final class SourceMap {

    private final String file;
    private final Map<String, Location> values = new HashMap<>();
    private final Map<String, Location> keys = new HashMap<>();
    private final java.util.Set<String> reported = new java.util.HashSet<>();

    SourceMap(String file) {
        this.file = file;
    }

    void putValue(String pointer, Location at) {
        values.put(pointer, at);
    }

    void putKey(String pointer, Location at) {
        keys.put(pointer, at);
    }

    void markReported(String pointer) {
        reported.add(pointer);
    }

    /**
     * Whether the loader already reported a problem with the value at {@code pointer} (or one of
     * its parents), so that later checks need not report it again in other words.
     */
    public boolean isReported(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            if (reported.contains(p)) return true;
            if (p.isEmpty()) return false;
        }
    }

    /** The file these locations are in, as shown in messages. */
    public String file() {
        return file;
    }

    /** Where the value at {@code pointer} starts; the start of the file when unknown. */
    public Location valueAt(String pointer) {
        return values.getOrDefault(pointer, new Location(file, 1, 1));
    }

    /** Where the key of the entry at {@code pointer} starts; falls back to its value. */
    public Location keyAt(String pointer) {
        Location key = keys.get(pointer);
        return key != null ? key : valueAt(pointer);
    }
}
