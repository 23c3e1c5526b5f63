package io.github.venues.importer;

import io.github.venues.problem.Location;

import java.util.Arrays;

/** Turns character offsets in a text into 1-based lines and columns, as editors show them. */
final class LineIndex {

    private final String file;
    private final String text;
    private final int[] lineStarts;

    LineIndex(String file, String text) {
        this.file = file;
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    String file() {
        return file;
    }

    /** The location of the character at {@code offset}; columns count code points. */
    Location at(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int i = Arrays.binarySearch(lineStarts, o);
        int line = i >= 0 ? i : -i - 2;
        return new Location(file, line + 1, text.codePointCount(lineStarts[line], o) + 1);
    }

    /** The location of the first character at or after {@code offset} that is not white space. */
    Location atContent(int offset) {
        int o = Math.max(0, offset);
        while (o < text.length() && Character.isWhitespace(text.charAt(o))) o++;
        return at(o);
    }
}
