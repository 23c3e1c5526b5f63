package io.github.venues.model;

/** What a venue is; each kind has its own folder under {@code content/}. */
public enum Kind {
    JOURNAL("journals"),
    CONFERENCE("conferences");

    private final String folder;

    Kind(String folder) {
        this.folder = folder;
    }

    /** The folder under {@code content/} that holds this kind, e.g. {@code journals}. */
    public String folder() {
        return folder;
    }

    /** Lower-case name used in exports: {@code journal} or {@code conference}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public Text label() {
        return this == JOURNAL ? Vocabulary.JOURNAL : Vocabulary.CONFERENCE;
    }
}
