package io.github.venues.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.github.venues.pipeline.Builder;
import io.github.venues.pipeline.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check",
        description = {"Check that README.md is up to date with the content.",
                "%nRenders it in memory and compares; writes nothing. Prints a short unified diff when they differ."},
        footer = {"", "Exit status: 0 up to date, 1 out of date or content errors, 2 usage error."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    /** Enough of the diff to see what changed; the fix is always the same command. */
    static final int MAX_DIFF_LINES = 60;

    @Mixin
    ContentOptions options;

    @Mixin
    OutputOptions outputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Result result = new Builder(options.content, outputs.templates, false).run(false, true);
        Pipeline.print(result.problems(), options.format, out);
        if (!result.ok()) {
            out.println(Pipeline.count(result.errorCount(), result.warningCount()) + ": fix these first");
            out.flush();
            return ExitCode.PROBLEMS;
        }
        String expected = result.readme();
        String actual;
        try {
            actual = Files.readString(outputs.readme, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            actual = "";
        }
        if (actual.equals(expected)) {
            out.println(outputs.readme + " is up to date");
            out.flush();
            return ExitCode.OK;
        }
        List<String> before = actual.lines().toList();
        List<String> after = expected.lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(outputs.readme + " (on disk)", outputs.readme + " (from content)",
                before, DiffUtils.diff(before, after), 1);
        diff.stream().limit(MAX_DIFF_LINES).forEach(out::println);
        if (diff.size() > MAX_DIFF_LINES) out.println("... (" + (diff.size() - MAX_DIFF_LINES) + " more diff lines)");
        if (diff.isEmpty()) out.println("(the files differ only in line endings or a final newline)");
        out.println(outputs.readme + " is out of date: run ./venues build and commit " + outputs.readme);
        out.flush();
        return ExitCode.PROBLEMS;
    }
}
