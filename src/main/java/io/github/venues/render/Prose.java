package io.github.venues.render;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Renders the list's Markdown prose (introduction, notes) to HTML. Raw HTML in the Markdown is
 * escaped, not passed through: prose comes from pull requests too. A link or image whose address
 * is not http, https, mailto or relative loses its address (flexmark's own filter catches only
 * a lower-case {@code javascript:}, not {@code JavaScript:}, {@code &#106;avascript:},
 * {@code java&#9;script:}, {@code data:} or {@code vbscript:}); links that leave the site get
 * {@code rel="noopener noreferrer"}.
 *
 * <p>flexmark parses and renders nested emphasis, quotes and lists by recursion. The loader
 * bounds a prose file's size (16 KiB) and the quotes and lists one line opens; within that size,
 * emphasis alone can still nest a few thousand levels, more than a default 1 MB thread stack
 * holds. So each text is rendered on a thread of its own with a stack that holds any text of
 * that size (measured: 16 MB suffice; the stack is reserved, not used, until needed).
 */
public final class Prose {

    static final long STACK_BYTES = 64L << 20;

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Prose() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return Prose::checkLink;
            }
        }).build();
    }

    /** Drops an address that could run code; marks links that leave the site. */
    private static void checkLink(Node node, AttributablePart part, MutableAttributes attributes) {
        for (String name : new String[]{"href", "src"}) {
            if (!attributes.contains(name)) continue;
            String url = attributes.getValue(name);
            if (!WebAddress.isSafeInProse(url)) {
                attributes.remove(name);
            } else if (name.equals("href") && WebAddress.isExternal(url)) {
                attributes.replaceValue("rel", "noopener noreferrer");
            }
        }
    }

    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        FutureTask<String> task = new FutureTask<>(() -> renderer.render(parser.parse(markdown)));
        Thread thread = new Thread(null, task, "prose", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
