package io.github.venues.cli;

/** What the process's exit status means, for scripts and CI. */
public final class ExitCode {

    /** Everything is fine (warnings may have been printed). */
    public static final int OK = 0;
    /** The content has errors, or a check failed (e.g. README.md is stale); nothing was written. */
    public static final int PROBLEMS = 1;
    /** The command line was wrong: unknown option, missing argument. */
    public static final int USAGE = 2;
    /** The content was fine but an output could not be written (disk full, no permission). */
    public static final int IO_FAILURE = 3;
    /** A bug in this tool; {@code --verbose} shows the stack trace. */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
