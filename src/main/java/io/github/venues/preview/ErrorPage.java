package io.github.venues.preview;

import io.github.venues.problem.Problem;
import org.jsoup.nodes.Entities;

import java.util.List;

/** The page the preview shows while the content is broken: every located error, escaped. */
final class ErrorPage {

    private ErrorPage() {
    }

    static String render(List<Problem> problems, long version) {
        StringBuilder items = new StringBuilder();
        for (Problem p : problems) {
            items.append("<li class=\"").append(p.severity().label()).append("\"><code>")
                    .append(Entities.escape(p.toString())).append("</code></li>\n");
        }
        long errors = problems.stream().filter(Problem::isError).count();
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Build failed</title>
                <style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem}
                li{margin:.5rem 0}.error code{color:#b00020}.warning code{color:#8a6100}
                @media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}.error code{color:#ff7b72}}</style>
                </head><body><h1>The content has %d error%s</h1>
                <p>Fix the files below; this page reloads by itself when they are saved.</p>
                <ul>
                %s</ul>
                <script src="/__venues/reload.js?v=%d"></script>
                </body></html>
                """.formatted(errors, errors == 1 ? "" : "s", items, version);
    }
}
