package io.github.venues.cli;

import io.github.venues.importer.Scaffold;
import io.github.venues.importer.VenueDraft;
import io.github.venues.model.Kind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "new",
        description = {"Start a new venue file with every field and a comment explaining each.",
                "%nWrites content/journals/<id>.yaml or content/conferences/<id>.yaml; fill in what you know, then run validate. The id is made from the abbreviation (or the name); an existing file is never replaced."},
        footer = {"", "Example: venues new journal \"IEEE Transactions on Medical Imaging\" --abbr TMI",
                "", "Exit status: 0 written (its path is printed), 1 a venue with that id exists, 2 usage error, 3 could not write."})
final class NewCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "KIND", description = "journal or conference")
    String kind;

    @Parameters(index = "1", paramLabel = "NAME", description = "The full name, without the abbreviation.")
    String name;

    @Option(names = "--abbr", paramLabel = "ABBR", description = "The usual abbreviation, e.g. TMI.")
    String abbr;

    @Option(names = "--id", paramLabel = "ID", description = "The file name to use instead of one made from the abbreviation or name.")
    String id;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Kind k = switch (kind.toLowerCase(Locale.ROOT)) {
            case "journal", "journals" -> Kind.JOURNAL;
            case "conference", "conferences" -> Kind.CONFERENCE;
            default -> throw new ParameterException(spec.commandLine(), "KIND must be journal or conference, got \"" + kind + "\"");
        };
        String venueName = name.strip();
        if (venueName.isEmpty()) throw new ParameterException(spec.commandLine(), "NAME must not be empty");
        String venueAbbr = abbr == null || abbr.isBlank() ? null : abbr.strip();
        String venueId = id != null ? id : Scaffold.id(venueName, venueAbbr);
        if (venueId.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "cannot make an id from \"" + venueName + "\": give one with --id, e.g. --id my-venue");
        }
        VenueDraft draft;
        try {
            draft = new VenueDraft(k, venueId, venueName, venueAbbr, null, null, null, null, null, null);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        for (Kind any : Kind.values()) {
            for (String ext : new String[]{".yaml", ".yml"}) {
                Path existing = content.resolve(any.folder()).resolve(venueId + ext);
                if (Files.exists(existing)) {
                    spec.commandLine().getErr().println(existing + ": error: a venue with the id \"" + venueId
                            + "\" exists; edit that file, or choose another id with --id");
                    spec.commandLine().getErr().flush();
                    return ExitCode.PROBLEMS;
                }
            }
        }
        Path file = content.resolve(draft.relativePath());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Scaffold.text(draft), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println(file + ": error: exists; nothing was written");
            return ExitCode.PROBLEMS;
        } catch (IOException e) {
            spec.commandLine().getErr().println(file + ": error: cannot write: " + e.getMessage());
            return ExitCode.IO_FAILURE;
        }
        spec.commandLine().getOut().println(file);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
