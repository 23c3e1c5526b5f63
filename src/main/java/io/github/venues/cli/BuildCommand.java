package io.github.venues.cli;

import io.github.venues.pipeline.Builder;
import io.github.venues.pipeline.Result;
import io.github.venues.write.AtomicWriter;
import io.github.venues.write.OutputCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "build",
        description = {"Validate the content, then write the site and regenerate README.md.",
                "%nNothing is written unless the content is valid and every template renders; each output is replaced as a whole, so an interrupted build leaves the previous one in place."},
        footer = {"", "Exit status: 0 built, 1 content or template errors (nothing written), 2 usage error, 3 could not write."})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    ContentOptions options;

    @Mixin
    OutputOptions outputs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site-output",
            description = "Output folder for the site (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--timings", description = "Print how long each stage took (load, validate, render, write) to stderr.")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        // A build killed between its two renames left the old site beside the missing one: put it
        // back first, whatever this build's outcome will be.
        try {
            AtomicWriter.recover(out);
            AtomicWriter.recoverFile(outputs.readme);
        } catch (IOException e) {
            return cannotWrite(stderr, IoMessage.of(e), "nothing was written");
        }
        Result result = new Builder(options.content, outputs.templates, false).run(true, true);
        Pipeline.print(result.problems(), options.format, stderr);
        if (!result.ok()) {
            stderr.println(Pipeline.count(result.errorCount(), result.warningCount()) + ": nothing was written");
            stderr.flush();
            return ExitCode.PROBLEMS;
        }
        List<String> refusals = OutputCheck.refusals(out, outputs.readme, List.of(options.content, outputs.templates));
        if (!refusals.isEmpty()) {
            return cannotWrite(stderr, String.join("; ", refusals), "nothing was written");
        }
        long start = System.nanoTime();
        try {
            AtomicWriter.replaceFolderAndFile(out, result.site(), outputs.readme, result.readme().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return cannotWrite(stderr, IoMessage.of(e), "outputs not yet replaced are unchanged");
        }
        if (timings) {
            stderr.println("timings: " + result.timings().with("write", System.nanoTime() - start));
            stderr.flush();
        }
        stdout.println("built " + Pipeline.plural(result.catalog().size(), "venue") + ": " + out + "/ ("
                + Pipeline.plural(result.site().size(), "file") + ") and " + outputs.readme);
        stdout.flush();
        return ExitCode.OK;
    }

    private static int cannotWrite(PrintWriter stderr, String why, String consequence) {
        stderr.println("error: cannot write the output: " + why + "; " + consequence);
        stderr.flush();
        return ExitCode.IO_FAILURE;
    }
}
