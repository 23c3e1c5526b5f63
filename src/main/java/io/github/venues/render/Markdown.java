package io.github.venues.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for values placed in generated Markdown. A value can neither end its table cell
 * nor start markup: pipes, backslashes and inline-markup characters are backslash-escaped,
 * {@code <} and an {@code &} that would start an entity become entities (so no HTML can be
 * injected), a character that would start a block at the beginning of a line is escaped, and
 * line breaks and surrounding space are folded away. Other punctuation is left readable.
 */
public final class Markdown {

    private static final String INLINE = "\\`*_[]|~";
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u2028\\u2029]+");
    private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");
    private static final Pattern BLOCK_START = Pattern.compile("^([#>+=-]|\\d+[.)])");

    private Markdown() {
    }

    /** Text for a table cell or a line of prose. */
    public static String text(String value) {
        if (value == null) return "";
        if (isPlain(value)) return value;
        String folded = LINE_BREAKS.matcher(value).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(folded.length() + 8);
        Matcher entity = ENTITY.matcher(folded);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '&' && entity.region(i, folded.length()).lookingAt()) {
                // Only the value's own '&' is looked at: the "&lt;" written for '<' must stay an entity.
                out.append("&amp;");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(' ');
            } else {
                if (INLINE.indexOf(c) >= 0) out.append('\\');
                out.append(c);
            }
        }
        String escaped = out.toString();
        Matcher block = BLOCK_START.matcher(escaped);
        if (block.find()) {
            String marker = block.group(1);
            escaped = marker.substring(0, marker.length() - 1) + "\\" + escaped.substring(marker.length() - 1);
        }
        return escaped;
    }

    /**
     * Most values need no escaping at all: letters, digits, spaces and harmless punctuation,
     * not starting or ending with a space nor starting like a block. Skipping the work for them
     * matters for lists of thousands of venues.
     */
    private static boolean isPlain(String value) {
        if (value.isEmpty()) return true;
        char first = value.charAt(0);
        if (first == ' ' || value.charAt(value.length() - 1) == ' ' || "#>+=-0123456789".indexOf(first) >= 0) return false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '<' || c == '&' || INLINE.indexOf(c) >= 0 || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /**
     * A link whose text and address are both escaped: {@code [text](<address>)}. Only an http or
     * https address makes a link; for any other (or none) the text stands alone.
     */
    public static String link(String text, String url) {
        if (!WebAddress.isWeb(url)) return text(text);
        return "[" + text(text) + "](<" + url(url) + ">)";
    }

    /**
     * An address inside {@code <...>}, kept exactly as written: {@code <}, {@code >}, {@code \},
     * {@code |} (which would end a table cell) and an {@code &} that would start an entity are
     * backslash-escaped, so a Markdown reader resolves the destination to the very same address.
     * Spaces and control characters cannot appear in such a destination and are percent-encoded
     * (the schema rejects them in addresses anyway).
     */
    static String url(String url) {
        StringBuilder out = new StringBuilder(url.length() + 8);
        Matcher entity = ENTITY.matcher(url);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case '<', '>', '\\', '|' -> out.append('\\').append(c);
                case '&' -> out.append(entity.region(i, url.length()).lookingAt() ? "\\&" : "&");
                default -> {
                    if (c <= 0x20 || c == 0x7f || Character.isWhitespace(c)) {
                        for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                            out.append(String.format("%%%02X", b & 0xff));
                        }
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
