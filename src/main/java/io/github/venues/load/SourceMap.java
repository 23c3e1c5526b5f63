package io.github.venues.load;

import io.github.venues.problem.Location;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each key and value of a parsed file stands in its source. Paths are JSON Pointers
 * ({@code /cas/zone}); the root is {@code ""}.
 *
 * <p>Every parsed file keeps one until the build ends, so it is compact: a venue file has a few
 * dozen places, kept as pointers and packed line/column pairs searched in order, with each
 * pointer shared between files. Maps of {@link Location} objects took about 2 KB a file, most
 * of the memory a 20,000-venue build kept while loading.
 */
public final class SourceMap {

    /** "/name", "/cas/zone", "name"...: the same few pointers and keys in every file, one copy of each. */
    private static final ConcurrentHashMap<String, String> SHARED_POINTERS = new ConcurrentHashMap<>();
    /** Pointers are shared up to this many; past it (hostile or odd files) each file keeps its own. */
    private static final int MAX_SHARED = 1_000;

    private final String file;
    private final Places values = new Places();
    private final Places keys = new Places();
    private Set<String> reported; // rare: made on first use

    SourceMap(String file) {
        this.file = file;
    }

    void putValue(String pointer, Location at) {
        values.put(shared(pointer), at);
    }

    void putKey(String pointer, Location at) {
        keys.put(shared(pointer), at);
    }

    void markReported(String pointer) {
        if (reported == null) reported = new HashSet<>();
        reported.add(pointer);
    }

    /**
     * Whether the loader already reported a problem with the value at {@code pointer} (or one of
     * its parents), so that later checks need not report it again in other words.
     */
    public boolean isReported(String pointer) {
        if (reported == null) return false;
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
        Location value = values.get(file, pointer);
        return value != null ? value : new Location(file, 1, 1);
    }

    /** Where the key of the entry at {@code pointer} starts; falls back to its value. */
    public Location keyAt(String pointer) {
        Location key = keys.get(file, pointer);
        return key != null ? key : valueAt(pointer);
    }

    /** The one shared copy of a pointer or key, or the text itself once the pool is full. */
    static String shared(String text) {
        String known = SHARED_POINTERS.get(text);
        if (known != null) return known;
        if (SHARED_POINTERS.size() >= MAX_SHARED) return text;
        String previous = SHARED_POINTERS.putIfAbsent(text, text);
        return previous != null ? previous : text;
    }

    /** Pointers with their line and column packed in one long; the last one put wins. */
    private static final class Places {
        private String[] pointers = new String[8];
        private long[] places = new long[8];
        private int size;

        void put(String pointer, Location at) {
            if (size == pointers.length) {
                pointers = Arrays.copyOf(pointers, size * 2);
                places = Arrays.copyOf(places, size * 2);
            }
            pointers[size] = pointer;
            places[size++] = ((long) at.line() << 32) | (at.column() & 0xFFFF_FFFFL);
        }

        Location get(String file, String pointer) {
            for (int i = size - 1; i >= 0; i--) {
                if (pointers[i].equals(pointer)) return new Location(file, (int) (places[i] >>> 32), (int) places[i]);
            }
            return null;
        }
    }
}
