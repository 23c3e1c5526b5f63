package io.github.venues.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.venues.model.Catalog;
import io.github.venues.model.Editions;
import io.github.venues.model.Kind;
import io.github.venues.model.Text;
import io.github.venues.model.Venue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@code venues.json}: the whole list for programs. Keys are in a fixed order; an unknown value
 * is {@code null}; numbers are written exactly as in the content ({@code 5.2230}). Written with
 * Jackson's streaming generator: no tree of 20,000 venues is built just to be printed.
 */
public final class JsonExport {

    public static final String PATH = "venues.json";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonExport() {
    }

    public static Output render(Catalog catalog) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(catalog.size() * 400 + 1024);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            text(json, "title", catalog.site().title());
            text(json, "description", catalog.site().description());
            json.writeStringField("url", catalog.site().baseUrl());
            json.writeStringField("updated", catalog.site().updated().toString());
            editions(json, catalog.site().editions());
            for (Kind kind : Kind.values()) {
                json.writeArrayFieldStart(kind.folder());
                for (Venue v : catalog.venues(kind)) {
                    venue(json, v);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return new Output(PATH, bytes.toByteArray());
    }

    private static void venue(JsonGenerator json, Venue v) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", v.id());
        json.writeStringField("kind", v.kind().key());
        json.writeStringField("name", v.name());
        json.writeStringField("abbr", v.abbr());
        json.writeStringField("homepage", v.homepage());
        if (v.kind() == Kind.JOURNAL) {
            json.writeFieldName("impact_factor");
            if (v.impactFactor() == null) json.writeNull();
            else json.writeNumber(v.impactFactor());
            if (v.cas() == null) {
                json.writeNullField("cas");
            } else {
                json.writeObjectFieldStart("cas");
                json.writeStringField("category", v.cas().category().id());
                json.writeNumberField("zone", v.cas().zone());
                json.writeEndObject();
            }
        }
        json.writeFieldName("h5_index");
        if (v.h5Index() == null) json.writeNull();
        else json.writeNumber(v.h5Index());
        json.writeStringField("ccf", v.ccf() == null ? null : v.ccf().name());
        editions(json, v.editions());
        json.writeEndObject();
    }

    private static void editions(JsonGenerator json, Editions e) throws IOException {
        json.writeObjectFieldStart("editions");
        json.writeNumberField("impact_factor", e.impactFactor());
        json.writeNumberField("cas", e.cas());
        json.writeNumberField("h5_index", e.h5Index());
        json.writeNumberField("ccf", e.ccf());
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String field, Text t) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("en", t.en());
        json.writeStringField("zh", t.zh());
        json.writeEndObject();
    }
}
