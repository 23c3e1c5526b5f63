package io.github.venues.pipeline;

import io.github.venues.load.Content;
import io.github.venues.load.ContentLoader;
import io.github.venues.load.ParseCache;
import io.github.venues.render.Output;
import io.github.venues.render.Parallel;
import io.github.venues.render.ReadmeRenderer;
import io.github.venues.render.RenderException;
import io.github.venues.render.SiteRenderer;
import io.github.venues.render.Templates;
import io.github.venues.validate.Validation;
import io.github.venues.validate.Validator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the stages in order: load, validate, render. It writes nothing; commands decide what to
 * do with the result (write it, compare it, serve it). One builder can run many times (the
 * preview server): it keeps the compiled schemas, the parsed files that did not change and
 * their own problems, and the template engine until {@link #templatesChanged()}.
 */
public final class Builder {

    private final Path content;
    private final Path templatesFolder;
    private final Validator validator;
    private final ParseCache cache;
    private Templates templates;

    /** @param reuse keep parsed files between runs (for a long-running process) */
    public Builder(Path content, Path templatesFolder, boolean reuse) {
        this.content = content;
        this.templatesFolder = templatesFolder;
        this.cache = reuse ? new ParseCache() : null;
        this.validator = new Validator(reuse);
    }

    /** Drops the cached templates so the next run reads them again. */
    public void templatesChanged() {
        templates = null;
    }

    /** Loads and validates only. */
    public Validation validate() {
        return validate(new Timings.Recorder());
    }

    private Validation validate(Timings.Recorder clock) {
        Content loaded = new ContentLoader(content, Path.of(""), cache).load();
        clock.lap("load");
        Validation validation = validator.validate(loaded);
        clock.lap("validate");
        return validation;
    }

    /**
     * Loads, validates and, when the content is valid, renders the site and (if asked) the README.
     * A template error ends the run as a problem, like a content error.
     */
    public Result run(boolean site, boolean readme) {
        Timings.Recorder clock = new Timings.Recorder();
        Validation validation = validate(clock);
        if (!validation.ok()) {
            return new Result(validation.problems(), null, List.of(), null, clock.done());
        }
        if (templates == null) templates = new Templates(templatesFolder);
        try {
            Templates engine = templates;
            // The site and the README do not depend on each other: render them side by side.
            CompletableFuture<String> text = readme
                    ? Parallel.start(() -> new ReadmeRenderer(engine).render(validation.catalog()))
                    : CompletableFuture.completedFuture(null);
            List<Output> outputs = site ? new SiteRenderer(engine).render(validation.catalog()) : List.of();
            String readmeText = Parallel.join(text);
            clock.lap("render");
            return new Result(validation.problems(), validation.catalog(), outputs, readmeText, clock.done());
        } catch (RenderException e) {
            List<io.github.venues.problem.Problem> problems = new ArrayList<>(validation.problems());
            problems.add(e.problem());
            return new Result(problems, null, List.of(), null, clock.done());
        }
    }
}
