package io.github.venues.importer;

import io.github.venues.model.Kind;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The headings above the current place in a README, outermost first, and what they say a table
 * there lists: "## Journal" or "## 期刊" means journals, "## Conference" or "## 会议" conferences.
 */
final class Headings {

    private record Heading(int level, Kind kind) {
    }

    private final Deque<Heading> open = new ArrayDeque<>();

    /** A heading closes every heading of its level or deeper, then opens. */
    void add(int level, String text) {
        while (!open.isEmpty() && open.peek().level() >= level) open.pop();
        open.push(new Heading(level, kindNamedIn(text)));
    }

    /** What the nearest heading that says anything clear says; {@code null} when none does. */
    Kind kind() {
        for (Heading h : open) {
            if (h.kind() != null) return h.kind();
        }
        return null;
    }

    /** The one kind a text names; {@code null} when it names neither or both ("Journals and Conferences"). */
    static Kind kindNamedIn(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        boolean journal = t.contains("journal") || t.contains("期刊");
        boolean conference = t.contains("conference") || t.contains("会议");
        return journal == conference ? null : journal ? Kind.JOURNAL : Kind.CONFERENCE;
    }
}
