package io.github.venues.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options of the commands that render: where the templates are and where README.md goes. */
final class OutputOptions {

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Folder with the Thymeleaf templates and assets/ (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--readme", paramLabel = "FILE", defaultValue = "README.md",
            description = "The README generated from the content (default: ${DEFAULT-VALUE}).")
    Path readme;
}
