package io.github.venues.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prose of any shape the loader lets through renders, quickly and without running out of stack. */
class ProseTest {

    private static final int MAX = 16 * 1024;
    private final Prose prose = new Prose();

    private String html(String markdown) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> prose.html(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "_", "*a ", "[", "[a](", "![", "`a", "<a", "&#", "\\", "*_"})
    void sixteenKibibytesOfOneConstructRender(String unit) {
        int times = MAX / unit.length() / 2;
        String markdown = unit.repeat(times) + "x" + new StringBuilder(unit).reverse().toString().repeat(times);
        String html = html(markdown.substring(0, Math.min(markdown.length(), MAX)));
        assertTrue(html.startsWith("<p>"), html.substring(0, Math.min(80, html.length())));
    }

    @Test
    void emphasisNestedThousandsOfLevelsDeepRenders() {
        int levels = MAX / 6;
        Document doc = Jsoup.parse(html("*a ".repeat(levels) + "x" + " a*".repeat(levels)));
        assertEquals(levels, doc.select("em").size());
    }

    @Test
    void rawHtmlIsEscaped() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n", prose.html("<script>alert(1)</script>"));
    }
}
