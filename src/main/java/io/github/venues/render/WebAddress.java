package io.github.venues.render;

import java.util.Locale;

/**
 * Which addresses the renderers put into a link. Validation already allows only http and https
 * addresses in the content; the renderers check again (defence in depth), so that a model built
 * some other way, or a future rule that lets something through, still cannot make a
 * {@code javascript:} or {@code data:} link.
 */
final class WebAddress {

    private WebAddress() {
    }

    /**
     * An absolute http or https address with nothing a browser would strip or reinterpret: no
     * spaces, no control characters (browsers drop tabs and line breaks from a URL, so
     * {@code java\tscript:} is {@code javascript:}), no invisible or bidirectional characters.
     */
    static boolean isWeb(String url) {
        if (url == null) return false;
        String lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://"))) return false;
        int start = lower.indexOf("://") + 3;
        if (start >= url.length() || "/?#".indexOf(url.charAt(start)) >= 0) return false;
        return url.codePoints().allMatch(WebAddress::isPlain);
    }

    /**
     * A link target in prose: a web or mail address, or a relative one (a path or {@code #anchor}
     * on the site). Read as a browser reads it: tabs and line breaks removed, leading controls and
     * spaces ignored, the scheme without regard to case.
     */
    static boolean isSafeInProse(String url) {
        if (url == null) return false;
        StringBuilder cleaned = new StringBuilder(url.length());
        url.codePoints().filter(c -> c != '\t' && c != '\n' && c != '\r').forEach(cleaned::appendCodePoint);
        String u = cleaned.toString().replaceFirst("^[\\x00-\\x20]+", "");
        if (!u.codePoints().allMatch(c -> isPlain(c) || c == ' ')) return false;
        int colon = u.indexOf(':');
        int end = firstOf(u, "/?#");
        if (colon < 0 || (end >= 0 && end < colon)) return true; // no scheme: relative
        String scheme = u.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("http") || scheme.equals("mailto");
    }

    /** Whether the address leaves the site (gets {@code rel="noopener noreferrer"}). */
    static boolean isExternal(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//") || lower.startsWith("mailto:");
    }

    private static int firstOf(String s, String chars) {
        int first = -1;
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && (first < 0 || i < first)) first = i;
        }
        return first;
    }

    private static boolean isPlain(int c) {
        int type = Character.getType(c);
        return c > 0x20 && c != 0x7f && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.UNASSIGNED;
    }
}
