package io.github.venues.render;

/**
 * One table cell as the site shows it.
 *
 * @param text    what the reader sees; {@code null} when the value is unknown
 * @param sort    the key the page's script sorts by, or {@code null} when unknown (sorts last)
 * @param numeric right-aligned, sorted as a number
 */
public record Cell(String text, String sort, boolean numeric) {

    public boolean unknown() {
        return text == null;
    }
}
