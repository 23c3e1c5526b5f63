package io.github.venues.render;

import io.github.venues.problem.Location;
import io.github.venues.problem.Problem;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The one Thymeleaf engine of a build, reading templates from the {@code templates/} folder.
 * Templates are parsed once and cached. The mode follows the file name: {@code .html} HTML,
 * {@code .xml} XML, {@code .md} and {@code .txt} TEXT.
 */
public final class Templates {

    private final Path folder;
    private final TemplateEngine engine;

    public Templates(Path folder) {
        this.folder = folder;
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(folder.toAbsolutePath() + "/");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        resolver.setHtmlTemplateModePatterns(java.util.Set.of("*.html"));
        resolver.setXmlTemplateModePatterns(java.util.Set.of("*.xml"));
        resolver.setTextTemplateModePatterns(java.util.Set.of("*.md", "*.txt"));
        resolver.setTemplateMode(TemplateMode.TEXT);
        this.engine = new TemplateEngine();
        this.engine.setTemplateResolver(resolver);
    }

    public Path folder() {
        return folder;
    }

    /** Renders {@code name} with the given variables; a broken template becomes a located problem. */
    public String render(String name, Map<String, Object> variables) {
        StringWriter out = new StringWriter();
        render(name, variables, out);
        return out.toString();
    }

    /**
     * Renders straight to UTF-8 bytes: a large page is never held as a string and copied again
     * (20,000 venues make a 10 MB page).
     */
    public Output renderOutput(String path, String name, Map<String, Object> variables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 64 * 1024)) {
            render(name, variables, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Output(path, bytes.toByteArray());
    }

    private void render(String name, Map<String, Object> variables, Writer out) {
        if (!Files.isRegularFile(folder.resolve(name))) {
            throw new RenderException(Problem.error(Location.ofFile(display(name)), "template not found"));
        }
        Context context = new Context(Locale.ROOT, variables);
        try {
            engine.process(name, context, out);
        } catch (TemplateProcessingException e) {
            int line = e.getLine() == null ? 0 : e.getLine();
            int col = e.getCol() == null ? 0 : e.getCol();
            String cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            throw new RenderException(Problem.error(new Location(display(name), line, col), "template error: " + cause));
        }
    }

    private String display(String name) {
        return folder.resolve(name).toString().replace('\\', '/');
    }
}
