package io.github.venues.problem;

/**
 * How much a problem matters. Errors block validation and the build; warnings are shown but
 * never fail a pull request; notes say what was deliberately skipped (a hidden file, an editor's
 * backup) and are neither errors nor warnings: they are not counted in any summary.
 */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return switch (this) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }
}
