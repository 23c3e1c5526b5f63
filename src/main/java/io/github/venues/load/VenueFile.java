package io.github.venues.load;

import io.github.venues.model.Kind;

/**
 * A venue file found under {@code content/journals} or {@code content/conferences}.
 *
 * @param id       the file name without {@code .yaml}/{@code .yml}: the venue's id
 * @param path     the file as shown in messages
 * @param document the parsed file, or {@code null} if it could not be read
 */
public record VenueFile(Kind kind, String id, String path, YamlDocument document) {
}
