package io.github.venues.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Renders the list's Markdown prose (introduction, notes) to HTML. Raw HTML in the Markdown is
 * escaped, not passed through: prose comes from pull requests too.
 */
public final class Prose {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Prose() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        return renderer.render(parser.parse(markdown));
    }
}
