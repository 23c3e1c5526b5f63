package io.github.venues.cli;

import io.github.venues.pipeline.Builder;
import io.github.venues.pipeline.Result;
import io.github.venues.preview.Preview;
import io.github.venues.write.OutputCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "serve",
        description = {"Preview the site on http://127.0.0.1:PORT/, rebuilt whenever a file changes.",
                "%nWatches the content and templates folders; open pages reload by themselves. Errors are shown in the terminal and on the page, and the server keeps running. Stop it with Ctrl-C."},
        footer = {"", "Exit status: 0 stopped with Ctrl-C, 2 usage error, 3 the port could not be opened or --out must not be replaced."})
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

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535, got " + port);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> refusals = OutputCheck.refusals(this.out, null, List.of(options.content, templates));
        if (!refusals.isEmpty()) {
            spec.commandLine().getErr().println("error: cannot write the output: " + String.join("; ", refusals) + "; nothing was served");
            return ExitCode.IO_FAILURE;
        }
        Preview preview;
        try {
            preview = Preview.start(new Builder(options.content, templates, true), options.content, templates, this.out, port,
                    (result, millis, changes, writeFailure) -> report(out, result, millis, changes, writeFailure));
        } catch (BindException e) {
            spec.commandLine().getErr().println("error: port " + port + " is in use; try --port " + (port + 1) + " or --port 0");
            return ExitCode.IO_FAILURE;
        }
        out.println("serving http://127.0.0.1:" + preview.port() + "/ (Ctrl-C stops)");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println("stopped");
            out.flush();
        }));
        preview.awaitClose();
        return ExitCode.OK;
    }

    private void report(PrintWriter out, Result result, long millis, int changes, IOException writeFailure) {
        Pipeline.print(result.problems(), options.format, out);
        if (!result.ok()) {
            out.println(Pipeline.count(result.errorCount(), result.warningCount()) + ": showing them on the page; save a fix to rebuild");
        } else {
            if (writeFailure != null) {
                out.println("warning: could not write " + this.out + ": " + IoMessage.of(writeFailure) + " (still serving from memory)");
            }
            out.printf("built %d venues in %d ms (%s)%n", result.catalog().size(), millis,
                    changes == 0 ? "start" : Pipeline.plural(changes, "change"));
        }
        out.flush();
    }
}
