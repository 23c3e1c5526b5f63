package io.github.venues.cli;

import io.github.venues.pipeline.Builder;
import io.github.venues.problem.Problem;
import io.github.venues.validate.Validation;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** What the commands share: validating, and printing problems and counts. */
final class Pipeline {

    private Pipeline() {
    }

    static Validation validate(Path content) {
        return new Builder(content, Path.of("templates"), false).validate();
    }

    /** Prints every problem, one per line, in file/line order. */
    static void print(List<Problem> problems, ProblemFormat format, PrintWriter out) {
        for (Problem p : problems) {
            out.println(format.format(p));
        }
        out.flush();
    }

    /** {@code 2 errors, 1 warning}. */
    static String count(long errors, long warnings) {
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
