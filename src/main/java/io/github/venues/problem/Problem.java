package io.github.venues.problem;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * Something wrong with the content, found at a location, or (a {@link Severity#NOTE}) something
 * skipped on purpose. Problems are values: every stage collects them, and only the command line
 * prints them.
 *
 * @param hint how to fix it, or {@code null}; printed after the message, e.g. {@code did you mean "h5_index"?}
 */
public record Problem(Location location, Severity severity, String message, String hint) {

    /** File, then line and column, then errors before warnings before notes: the order an editor shows. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::location)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    /**
     * Messages and hints are made printable on one line: a problem is one line of a terminal, of an
     * editor's problem list or of a GitHub annotation, even where a message quotes what it found
     * (a YAML parser's "found character '\r'" included).
     */
    public Problem {
        Objects.requireNonNull(location);
        Objects.requireNonNull(severity);
        message = printable(Objects.requireNonNull(message));
        hint = hint == null ? null : printable(hint);
    }

    public static Problem error(Location at, String message) {
        return new Problem(at, Severity.ERROR, message, null);
    }

    public static Problem error(Location at, String message, String hint) {
        return new Problem(at, Severity.ERROR, message, hint);
    }

    public static Problem warning(Location at, String message) {
        return new Problem(at, Severity.WARNING, message, null);
    }

    public static Problem warning(Location at, String message, String hint) {
        return new Problem(at, Severity.WARNING, message, hint);
    }

    /** What was skipped on purpose, for the record: never fails a run, never counted as a warning. */
    public static Problem note(Location at, String message) {
        return new Problem(at, Severity.NOTE, message, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** The message with its hint, as one line. */
    public String text() {
        return hint == null ? message : message + "; " + hint;
    }

    /**
     * Control, line-separator and format (bidi, zero-width) characters written as escapes: a
     * carriage return as a backslash and {@code r}, U+202E as a backslash, {@code u} and
     * {@code 202E}. The rest is unchanged.
     */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        || Character.getType(c) == Character.FORMAT
                        ? String.format(Locale.ROOT, "\\u%04X", (int) c) : null;
            };
            if (escape != null && out == null) out = new StringBuilder(text.length() + 8).append(text, 0, i);
            if (out != null) {
                if (escape != null) out.append(escape); else out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@code path:line:col: error: message; hint} */
    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + text();
    }
}
