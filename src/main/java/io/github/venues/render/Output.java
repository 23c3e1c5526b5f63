package io.github.venues.render;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One rendered file, in memory.
 *
 * @param path where it goes, relative to the output folder, with forward slashes ({@code zh/index.html})
 */
public record Output(String path, byte[] bytes) {

    public Output {
        Objects.requireNonNull(path);
        Objects.requireNonNull(bytes);
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a relative output path: " + path);
        }
    }

    public static Output text(String path, String text) {
        return new Output(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
