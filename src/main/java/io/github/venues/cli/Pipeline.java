package io.github.venues.cli;

import io.github.venues.load.ContentLoader;
import io.github.venues.problem.Problem;
import io.github.venues.validate.Validation;
import io.github.venues.validate.Validator;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The shared first half of every command: load the content, validate it, report problems. */
final class Pipeline {

    private Pipeline() {
    }

    static Validation validate(Path content) {
        return new Validator().validate(new ContentLoader(content, Path.of("")).load());
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
