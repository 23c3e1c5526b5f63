package io.github.venues.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import picocli.CommandLine;

/**
 * Runs {@code venues build} in-process, the way the launcher script does, for tests that check
 * what a real build writes. Lives in the cli package to reach {@link Main#commandLine}.
 */
public final class SiteBuild {

    private SiteBuild() {
    }

    /**
     * Builds {@code content} with {@code templates} into {@code out}; the README goes beside the
     * site in {@code readme}. Throws with the command's output when the build does not succeed.
     */
    public static void build(Path content, Path templates, Path out, Path readme) {
        CommandLine cli = Main.commandLine(false);
        StringWriter output = new StringWriter();
        cli.setOut(new PrintWriter(output, true));
        cli.setErr(new PrintWriter(output, true));
        int status = cli.execute("build", "--content", content.toString(), "--templates", templates.toString(),
                "--out", out.toString(), "--readme", readme.toString());
        if (status != ExitCode.OK) {
            throw new AssertionError("venues build exited with " + status + ":\n" + output);
        }
    }

    /** Builds the project's own content and templates into {@code out}, the README into {@code tmp}. */
    public static void buildProject(Path out, Path tmp) {
        build(Path.of("content"), Path.of("templates"), out, tmp.resolve("README.md"));
    }
}
