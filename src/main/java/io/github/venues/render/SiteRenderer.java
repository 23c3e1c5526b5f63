package io.github.venues.render;

import io.github.venues.model.Catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Renders everything that goes into {@code site-output/}, in memory: both language pages, the
 * Pages files (404, sitemap, .nojekyll), the assets, and the data exports. The same outputs serve
 * {@code build} (written) and {@code serve}, so there is one rendering path.
 */
public final class SiteRenderer {

    public static final String SCHEMA_PATH = "venue.schema.json";
    static final String ASSETS = "assets";

    private final Templates templates;
    private final Pages pages = new Pages(new Prose());

    public SiteRenderer(Templates templates) {
        this.templates = templates;
    }

    public List<Output> render(Catalog catalog) {
        // Independent outputs, rendered side by side: each page alone is most of the work for a large list.
        List<Supplier<List<Output>>> jobs = List.of(
                () -> languagePage(catalog, "en", true),
                () -> languagePage(catalog, "zh", false),
                () -> List.of(JsonExport.render(catalog)),
                () -> List.of(CsvExport.render(catalog)));
        List<Output> outputs = new ArrayList<>(Parallel.flatten(jobs));
        outputs.add(Output.text(".nojekyll", ""));
        outputs.add(new Output(SCHEMA_PATH, bundled("/schema/venue.schema.json")));
        outputs.addAll(assets());
        outputs.sort(Comparator.comparing(Output::path));
        return outputs;
    }

    /** One language's page; the English one also gives the 404 page and the sitemap their URLs. */
    private List<Output> languagePage(Catalog catalog, String lang, boolean withSiteFiles) {
        Page page = pages.page(catalog, lang);
        List<Output> outputs = new ArrayList<>();
        outputs.add(templates.renderOutput(Pages.path(lang), "page.html", Map.of("page", page)));
        if (withSiteFiles) {
            Map<String, Object> both = Map.of("page", page, "zh", Pages.labels("zh"), "en", Pages.labels("en"));
            outputs.add(Output.text("404.html", templates.render("404.html", both)));
            outputs.add(Output.text("sitemap.xml", templates.render("sitemap.xml", Map.of("page", page))));
        }
        return outputs;
    }

    /** Copies {@code templates/assets/} as it is: the site's own CSS and script. */
    private List<Output> assets() {
        Path folder = templates.folder().resolve(ASSETS);
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.walk(folder)) {
            List<Output> outputs = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                outputs.add(new Output(ASSETS + "/" + relative, Files.readAllBytes(file)));
            }
            return outputs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bundled(String resource) {
        try (InputStream in = SiteRenderer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not bundled");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
