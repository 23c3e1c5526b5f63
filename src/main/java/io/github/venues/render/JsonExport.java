package io.github.venues.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.venues.model.Catalog;
import io.github.venues.model.Editions;
import io.github.venues.model.Kind;
import io.github.venues.model.Text;
import io.github.venues.model.Venue;

import java.io.UncheckedIOException;

/**
 * {@code venues.json}: the whole list for programs. Keys are in a fixed order; an unknown value
 * is {@code null}; numbers are written exactly as in the content ({@code 5.2230}).
 */
public final class JsonExport {

    public static final String PATH = "venues.json";

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectWriter WRITER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private JsonExport() {
    }

    public static Output render(Catalog catalog) {
        ObjectNode root = JSON.objectNode();
        root.set("title", text(catalog.site().title()));
        root.set("description", text(catalog.site().description()));
        root.put("url", catalog.site().baseUrl());
        root.put("updated", catalog.site().updated().toString());
        root.set("editions", editions(catalog.site().editions()));
        for (Kind kind : Kind.values()) {
            ArrayNode list = root.putArray(kind.folder());
            for (Venue v : catalog.venues(kind)) {
                list.add(venue(v));
            }
        }
        try {
            return Output.text(PATH, WRITER.writeValueAsString(root) + "\n");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode venue(Venue v) {
        ObjectNode o = JSON.objectNode();
        o.put("id", v.id());
        o.put("kind", v.kind().key());
        o.put("name", v.name());
        o.put("abbr", v.abbr());
        o.put("homepage", v.homepage());
        if (v.kind() == Kind.JOURNAL) {
            o.put("impact_factor", v.impactFactor());
            if (v.cas() == null) {
                o.putNull("cas");
            } else {
                ObjectNode cas = o.putObject("cas");
                cas.put("category", v.cas().category().id());
                cas.put("zone", v.cas().zone());
            }
        }
        o.put("h5_index", v.h5Index());
        o.put("ccf", v.ccf() == null ? null : v.ccf().name());
        o.set("editions", editions(v.editions()));
        return o;
    }

    private static ObjectNode editions(Editions e) {
        ObjectNode o = JSON.objectNode();
        o.put("impact_factor", e.impactFactor());
        o.put("cas", e.cas());
        o.put("h5_index", e.h5Index());
        o.put("ccf", e.ccf());
        return o;
    }

    private static ObjectNode text(Text t) {
        ObjectNode o = JSON.objectNode();
        o.put("en", t.en());
        o.put("zh", t.zh());
        return o;
    }
}
