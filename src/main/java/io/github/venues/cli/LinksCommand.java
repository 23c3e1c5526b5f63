package io.github.venues.cli;

import io.github.venues.links.LinkChecker;
import io.github.venues.links.LinkStatus;
import io.github.venues.model.Catalog;
import io.github.venues.model.Venue;
import io.github.venues.validate.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "links",
        description = {"Check every venue's homepage and list dead and redirected links.",
                "%nFollows redirects and tries a failing link twice before calling it dead. Needs network access; writes nothing."},
        footer = {"", "Exit status: 0 no dead link (or the network is down as a whole: every check failed without",
                "an answer), 1 a link was dead on both tries or the content has errors, 2 usage error."})
final class LinksCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    ContentOptions options;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Give up on a request after this long (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "8",
            description = "Check at most this many links at once (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--retry-pause", paramLabel = "MILLIS", defaultValue = "2000", hidden = true)
    long retryPauseMillis;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (timeoutSeconds < 1 || parallel < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--timeout and --parallel must be at least 1");
        }
        Validation result = Pipeline.validate(options.content);
        if (!result.ok()) {
            Pipeline.print(result.problems(), options.format, out);
            out.println(Pipeline.count(result.errorCount(), result.warningCount()) + ": fix the content first");
            out.flush();
            return ExitCode.PROBLEMS;
        }
        Catalog catalog = result.catalog();
        List<Venue> venues = Stream.concat(catalog.journals().stream(), catalog.conferences().stream())
                .filter(v -> v.homepage() != null).toList();
        if (venues.isEmpty()) {
            out.println("no venue has a homepage: nothing to check");
            out.flush();
            return ExitCode.OK;
        }
        List<LinkStatus> statuses = new LinkChecker(Duration.ofSeconds(timeoutSeconds), parallel,
                Duration.ofMillis(retryPauseMillis)).check(venues.stream().map(Venue::homepage).toList());
        if (statuses.stream().allMatch(LinkStatus::unreachable)) {
            out.println("none of the " + statuses.size() + " links answered at all (first: " + statuses.get(0).error()
                    + "): the network looks down, so no link is reported as dead");
            out.flush();
            return ExitCode.OK;
        }
        out.print(LinkReport.table(venues, statuses));
        long dead = statuses.stream().filter(s -> s.verdict() == LinkStatus.Verdict.DEAD).count();
        long redirected = statuses.stream().filter(s -> s.verdict() == LinkStatus.Verdict.REDIRECTED).count();
        out.println(statuses.size() + " links: " + (statuses.size() - dead - redirected) + " ok, "
                + redirected + " redirected, " + dead + " dead");
        out.flush();
        return dead > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
    }
}
