package io.github.venues.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command that reads content shares. */
final class ContentOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder with site.yaml, journals/ and conferences/ (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to print problems: text (path:line:col: error: ...) or github (workflow annotations). Default: ${DEFAULT-VALUE}.")
    ProblemFormat format;
}
