package io.github.venues.load;

import io.github.venues.problem.Location;
import io.github.venues.problem.Problem;

import java.nio.file.Path;

/**
 * Reads a Markdown prose file ({@code intro.en.md}, ...) with bounds that keep the Markdown
 * renderer fast: flexmark's time grows with the square of some constructs' size (nested lists,
 * unclosed links) and it nests by recursion. The size limit bounds all of them; the nesting
 * limit stops the one that stays slow within it (a line of thousands of list markers).
 */
final class ProseFile {

    /** The list's prose is a few hundred bytes; this is fifty times that. */
    static final int MAX_BYTES = 16 * 1024;
    static final int MAX_LINES = 2_000;
    /** Block quotes and list items opened on one line. */
    static final int MAX_NESTING = 8;

    private ProseFile() {
    }

    static SourceText.Read read(Path file, String path) {
        SourceText.Read read = SourceText.read(file, path, MAX_BYTES, MAX_LINES);
        if (read.problem() != null) return read;
        Problem nesting = checkNesting(read.text(), path);
        return nesting == null ? read : new SourceText.Read(null, nesting);
    }

    /** The first line that opens more than {@link #MAX_NESTING} block quotes and list items, if any. */
    static Problem checkNesting(String text, String path) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (isThematicBreak(line)) continue;
            int depth = 0;
            int i = 0;
            while (true) {
                int start = i;
                while (i < line.length() && i - start < 3 && line.charAt(i) == ' ') i++;
                int marker = i;
                if (i < line.length() && line.charAt(i) == '>') {
                    i++;
                } else if (i + 1 < line.length() && "-+*".indexOf(line.charAt(i)) >= 0 && isBlank(line.charAt(i + 1))) {
                    i += 2;
                } else {
                    int digits = 0;
                    while (i + digits < line.length() && digits < 10 && Character.isDigit(line.charAt(i + digits))) digits++;
                    int end = i + digits;
                    if (digits == 0 || digits > 9 || end + 1 >= line.length() || ".)".indexOf(line.charAt(end)) < 0
                            || !isBlank(line.charAt(end + 1))) {
                        break;
                    }
                    i = end + 2;
                }
                if (++depth > MAX_NESTING) {
                    return Problem.error(new Location(path, n + 1, line.codePointCount(0, marker) + 1),
                            "block quotes and lists nested more than " + MAX_NESTING + " levels deep",
                            "prose is a few paragraphs: nest less");
                }
            }
        }
        return null;
    }

    /** {@code ---}, {@code * * *}: three or more of one of - * _, with spaces or tabs between. (No regex: it recurses per repetition.) */
    static boolean isThematicBreak(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') i++;
        if (i == line.length() || "-*_".indexOf(line.charAt(i)) < 0) return false;
        char marker = line.charAt(i);
        int count = 0;
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == marker) count++;
            else if (!isBlank(c)) return false;
        }
        return count >= 3;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
