package io.github.venues.cli;

import io.github.venues.render.Output;
import io.github.venues.render.SiteRenderer;
import io.github.venues.validate.Validation;
import io.github.venues.write.AtomicWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

@Command(name = "build",
        description = {"Validate the content, then render the site and data exports into the output folder.",
                "Nothing is written unless the content is valid; the output folder is replaced as a whole."},
        footer = {"", "Exit status: 0 built, 1 content errors (nothing written), 2 usage error, 3 could not write."})
final class BuildCommand implements java.util.concurrent.Callable<Integer> {

    @Mixin
    ContentOptions options;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site-output",
            description = "Output folder for the site (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Validation result = Pipeline.validate(options.content);
        Pipeline.print(result.problems(), options.format, stderr);
        if (!result.ok()) {
            stderr.println(Pipeline.count(result.errorCount(), result.warningCount()) + ": nothing was written");
            stderr.flush();
            return ExitCode.PROBLEMS;
        }
        List<Output> outputs = new SiteRenderer().render(result.catalog());
        try {
            AtomicWriter.replaceFolder(out, outputs);
        } catch (IOException e) {
            stderr.println(out + ": error: cannot write the output: " + e.getMessage()
                    + "; the previous output is unchanged");
            stderr.flush();
            return ExitCode.IO_FAILURE;
        }
        stdout.println("built " + Pipeline.plural(result.catalog().size(), "venue") + " into " + out + "/ (" + Pipeline.plural(outputs.size(), "file") + ")");
        stdout.flush();
        return ExitCode.OK;
    }
}
