package io.github.venues.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Arrays;

@Command(name = "venues",
        mixinStandardHelpOptions = true,
        version = "venues 0.1.0",
        description = "Builds a curated list of academic venues (a bilingual site, README.md and data exports) from YAML files in content/.",
        subcommands = {ValidateCommand.class, BuildCommand.class, CheckCommand.class, ImportCommand.class, NewCommand.class,
                ServeCommand.class, LinksCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'venues help COMMAND' for a command's options.",
                "Exit status: 0 ok, 1 problems in the content, 2 usage error, 3 could not write, 4 internal error."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "On an internal error, print its stack trace.")
    boolean verbose;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'venues build'");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status, without exiting: tests call this. */
    public static int run(String... args) {
        return commandLine(Arrays.asList(args).contains("--verbose")).execute(args);
    }

    /** The configured command line, for callers that set their own output streams (tests, embedding). */
    public static CommandLine commandLine(boolean verbose) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("venues: internal error: " + e
                    + (verbose ? "" : " (run again with --verbose for details, and please report it)"));
            if (verbose) e.printStackTrace(commandLine.getErr());
            commandLine.getErr().flush();
            return ExitCode.INTERNAL;
        });
        return cli;
    }
}
