package io.github.venues.cli;

import io.github.venues.pipeline.Builder;
import io.github.venues.pipeline.Result;
import io.github.venues.preview.PreviewServer;
import io.github.venues.preview.Watcher;
import io.github.venues.write.AtomicWriter;
import io.github.venues.write.OutputCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "serve",
        description = {"Build, serve the site on http://127.0.0.1:PORT/ and rebuild whenever a file in the content or",
                "templates folder changes; open pages reload by themselves. Errors are shown in the terminal and",
                "on the page, and the server keeps running. Stop it with Ctrl-C."},
        footer = {"", "Exit status: 0 stopped with Ctrl-C, 2 usage error, 3 the port could not be opened."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    ContentOptions options;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Folder with the Thymeleaf templates and assets/ (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site-output",
            description = "Output folder, rewritten after each good build (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Spec
    CommandSpec spec;

    private Builder builder;
    private PreviewServer server;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        builder = new Builder(options.content, templates, true);
        try {
            server = new PreviewServer(port);
        } catch (BindException e) {
            spec.commandLine().getErr().println("error: port " + port + " is in use; try --port " + (port + 1) + " or --port 0");
            return ExitCode.IO_FAILURE;
        }
        try (PreviewServer running = server; Watcher watcher = new Watcher(List.of(options.content, templates))) {
            rebuild(out, Set.of());
            out.println("serving http://127.0.0.1:" + server.port() + "/ (Ctrl-C stops)");
            out.flush();
            Thread main = Thread.currentThread();
            Thread stopper = new Thread(() -> {
                try {
                    watcher.close();
                } catch (IOException ignored) {
                    // stopping anyway
                }
                main.interrupt();
            });
            Runtime.getRuntime().addShutdownHook(stopper);
            watcher.run(changed -> rebuild(out, changed));
        }
        out.println("stopped");
        out.flush();
        return ExitCode.OK;
    }

    private void rebuild(PrintWriter out, Set<Path> changed) {
        Path templatesFolder = templates.toAbsolutePath().normalize();
        if (changed.stream().anyMatch(p -> p.toAbsolutePath().normalize().startsWith(templatesFolder))) {
            builder.templatesChanged();
        }
        long start = System.nanoTime();
        Result result = builder.run(true, false);
        Pipeline.print(result.problems(), options.format, out);
        if (!result.ok()) {
            server.publishErrors(result.problems());
            out.println(Pipeline.count(result.errorCount(), result.warningCount()) + ": showing them on the page; save a fix to rebuild");
            out.flush();
            return;
        }
        server.publish(result.site());
        long built = System.nanoTime();
        List<String> refusals = OutputCheck.refusals(this.out, null, List.of(options.content, templates));
        if (!refusals.isEmpty()) {
            out.println("warning: not writing " + this.out + ": " + String.join("; ", refusals) + " (still serving from memory)");
        } else {
            try {
                AtomicWriter.replaceFolder(out(), result.site());
            } catch (IOException e) {
                out.println("warning: could not write " + this.out + ": " + IoMessage.of(e) + " (still serving from memory)");
            }
        }
        out.printf("built %d venues in %.0f ms (%s)%n", result.catalog().size(), (built - start) / 1e6,
                changed.isEmpty() ? "start" : Pipeline.plural(changed.size(), "change"));
        out.flush();
    }

    private Path out() {
        return out;
    }
}
