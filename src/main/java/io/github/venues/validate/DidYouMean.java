package io.github.venues.validate;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Locale;

/** Suggests the closest allowed word for a misspelled one: {@code h5index} → {@code h5_index}. */
final class DidYouMean {

    private DidYouMean() {
    }

    /** The candidate closest to {@code word}, or {@code null} when none is close enough to help. */
    static String closest(String word, Collection<String> candidates) {
        String w = normalize(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        // A word of one or two letters is one edit from many others ("D" from "A"): suggest only
        // what differs in case or separators.
        int limit = Math.min(3, w.length() / 3);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        for (String candidate : candidates) {
            String c = normalize(candidate);
            int d = c.equals(w) ? 0 : distance.apply(w, c);
            if (d >= 0 && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Case, hyphens, underscores and spaces do not count as differences. */
    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[-_\\s]", "");
    }
}
