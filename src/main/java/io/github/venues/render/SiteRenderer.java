package io.github.venues.render;

import io.github.venues.model.Catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders everything that goes into {@code site-output/}, in memory. The same outputs serve
 * {@code build} (written) and {@code check} (compared), so there is one rendering path.
 */
public final class SiteRenderer {

    public static final String SCHEMA_PATH = "venue.schema.json";

    public List<Output> render(Catalog catalog) {
        List<Output> outputs = new ArrayList<>();
        outputs.add(JsonExport.render(catalog));
        outputs.add(CsvExport.render(catalog));
        outputs.add(new Output(SCHEMA_PATH, bundled("/schema/venue.schema.json")));
        outputs.sort(Comparator.comparing(Output::path));
        return outputs;
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
