package io.github.venues.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** How long each stage took, in stage order (for {@code build --timings}). */
public record Timings(Map<String, Long> nanos) {

    /** Adds a stage measured outside the builder (e.g. {@code write}). */
    public Timings with(String stage, long stageNanos) {
        Map<String, Long> all = new LinkedHashMap<>(nanos);
        all.put(stage, stageNanos);
        return new Timings(all);
    }

    /** {@code load 12.3 ms · validate 4.0 ms · render 8.1 ms · total 24.4 ms} */
    @Override
    public String toString() {
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        return nanos.entrySet().stream().map(e -> e.getKey() + " " + ms(e.getValue()))
                .collect(Collectors.joining(" · ")) + " · total " + ms(total);
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    static final class Recorder {
        private final Map<String, Long> laps = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String stage) {
            long now = System.nanoTime();
            laps.put(stage, now - last);
            last = now;
        }

        Timings done() {
            return new Timings(new LinkedHashMap<>(laps));
        }
    }
}
