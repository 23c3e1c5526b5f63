package io.github.venues.problem;

/**
 * A place in a content file. Lines and columns are 1-based as editors show them;
 * 0 means "the file as a whole".
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
