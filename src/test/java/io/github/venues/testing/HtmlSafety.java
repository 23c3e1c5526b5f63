package io.github.venues.testing;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks a generated page for anything that could run or lead somewhere it should not. */
public final class HtmlSafety {

    /** The site's page: its own script, style sheet and images, nothing inline, no other origin. */
    public static final Map<String, List<String>> PAGE_CSP = csp(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'");
    /** The 404 page runs no script at all. */
    public static final Map<String, List<String>> NOT_FOUND_CSP = csp(
            "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'");

    private static final Set<String> ACTIVE = Set.of("iframe", "frame", "object", "embed", "applet", "svg", "math",
            "base", "video", "audio", "source", "track", "style", "textarea", "template", "noscript");

    private HtmlSafety() {
    }

    /** {@code "a b; c"} → {a: [b], c: []}. */
    public static Map<String, List<String>> csp(String policy) {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            List<String> words = List.of(directive.strip().split("\\s+"));
            if (words.get(0).isEmpty()) continue;
            directives.put(words.get(0), words.subList(1, words.size()));
        }
        return directives;
    }

    public static Map<String, List<String>> csp(Document page) {
        List<Element> metas = page.select("meta[http-equiv=Content-Security-Policy]");
        assertEquals(1, metas.size(), "one CSP");
        assertEquals("head", metas.get(0).parent().tagName(), "the CSP is in the head");
        return csp(metas.get(0).attr("content"));
    }

    /**
     * No script but the site's own {@code scripts}, no inline handler, no element that loads or
     * embeds something, every link to http(s), mail or a relative place, and every link that
     * leaves the site with {@code rel="noopener noreferrer"}.
     */
    public static void assertInert(Document page, List<String> scripts, String where) {
        assertInert(page, scripts, null, where);
    }

    /** @param site the site's own address: links under it stay on the site (no {@code rel} needed) */
    public static void assertInert(Document page, List<String> scripts, String site, String where) {
        assertEquals(scripts, page.select("script").eachAttr("src"), where + ": scripts");
        for (Element script : page.select("script")) {
            assertTrue(script.data().isEmpty(), where + ": inline script " + script.outerHtml());
        }
        for (Element e : page.getAllElements()) {
            assertFalse(ACTIVE.contains(e.normalName()), where + ": <" + e.normalName() + "> " + e.outerHtml());
            if (e.normalName().equals("meta")) {
                assertFalse(e.attr("http-equiv").equalsIgnoreCase("refresh"), where + ": " + e.outerHtml());
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), where + ": handler " + e.outerHtml());
                assertFalse(key.equals("style") || key.equals("srcdoc") || key.equals("formaction"), where + ": " + e.outerHtml());
                if (key.equals("href") || key.equals("src") || key.equals("action")) {
                    String scheme = scheme(a.getValue());
                    assertTrue(scheme == null || Set.of("http", "https", "mailto").contains(scheme),
                            where + ": " + scheme + ": link " + e.outerHtml());
                    if (e.normalName().equals("a") && scheme != null && (site == null || !a.getValue().startsWith(site))) {
                        assertEquals(Set.of("noopener", "noreferrer"), Set.of(e.attr("rel").split("\\s+")),
                                where + ": external link without rel=noopener noreferrer " + e.outerHtml());
                    }
                }
            }
        }
        for (Element a : page.select("a[href^=//]")) {
            assertEquals(Set.of("noopener", "noreferrer"), Set.of(a.attr("rel").split("\\s+")), where + ": " + a.outerHtml());
        }
    }

    /**
     * The scheme a browser sees in an address (tabs and line breaks removed, leading spaces and
     * controls ignored, case folded), or {@code null} for a relative one.
     */
    public static String scheme(String url) {
        String u = url.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "");
        int colon = u.indexOf(':');
        if (colon < 0) return null;
        String before = u.substring(0, colon);
        if (before.matches(".*[/?#].*")) return null;
        assertNotNull(before);
        return before.toLowerCase(Locale.ROOT);
    }
}
