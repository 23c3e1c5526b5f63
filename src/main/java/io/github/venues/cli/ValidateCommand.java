package io.github.venues.cli;

import io.github.venues.model.Catalog;
import io.github.venues.validate.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "validate",
        description = {"Check every content file and print every problem with its file, line and column.",
                "%nWrites nothing."},
        footer = {"", "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    ContentOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Validation result = Pipeline.validate(options.content);
        Pipeline.print(result.problems(), options.format, out);
        if (!result.ok()) {
            out.println(Pipeline.count(result.errorCount(), result.warningCount()) + ": fix the errors above and run validate again");
            out.flush();
            return ExitCode.PROBLEMS;
        }
        Catalog c = result.catalog();
        out.println(Pipeline.plural(c.size(), "venue") + " OK: " + Pipeline.plural(c.journals().size(), "journal") + ", "
                + Pipeline.plural(c.conferences().size(), "conference")
                + (result.warningCount() > 0 ? " (" + Pipeline.plural(result.warningCount(), "warning") + ")" : ""));
        out.flush();
        return ExitCode.OK;
    }
}
