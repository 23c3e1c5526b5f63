package io.github.venues.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the command line in a separate JVM, with the tests' class path: for what only a process
 * shows (its memory limit, being killed, its exit status).
 */
public final class ChildJvm {

    /** Quick to start, small: the child runs one command. */
    public static final List<String> QUICK = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

    private ChildJvm() {
    }

    /** What a finished child printed, its exit status and how long it ran. */
    public record Run(int exit, String out, String err, Duration took) {
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static String classPath() {
        return System.getProperty("java.class.path");
    }

    /** {@code java <jvmOptions> -cp <tests' class path> io.github.venues.cli.Main <args>} */
    public static ProcessBuilder builder(List<String> jvmOptions, List<String> args) {
        return builder(jvmOptions, "io.github.venues.cli.Main", args);
    }

    /** {@code java <jvmOptions> -cp <tests' class path> <mainClass> <args>} */
    public static ProcessBuilder builder(List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass);
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    /** Runs to the end; a child still running after {@code limit} is killed and the test fails (a hang guard). */
    public static Run run(Duration limit, Path workDir, List<String> jvmOptions, List<String> args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        long start = System.nanoTime();
        Process process = builder(jvmOptions, args).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            fail("the child did not finish within " + limit + ": " + String.join(" ", args) + "\n" + Files.readString(err));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), took);
    }

    static List<String> entries() {
        return List.of(classPath().split(File.pathSeparator));
    }
}
