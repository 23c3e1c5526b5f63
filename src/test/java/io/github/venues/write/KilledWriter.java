package io.github.venues.write;

import io.github.venues.render.Output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The write phase of {@code venues build} on its own, as a program {@link CrashSafetyTest} can
 * kill: reads a finished build's outputs from {@code <new-site> <new-readme>}, says
 * {@code writing} on stdout, then puts them in place over {@code <site> <readme>} with the same
 * call {@code BuildCommand} makes, and says {@code written}.
 *
 * <p>Rendering is left out so that the parent can aim its kill at the writing itself, which is
 * the part whose atomicity is in question; a JVM start and a render would otherwise spread the
 * kill moments over half a second of which writing is a few milliseconds.
 */
final class KilledWriter {

    private KilledWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path newSite = Path.of(args[0]);
        byte[] newReadme = Files.readAllBytes(Path.of(args[1]));
        List<Output> outputs;
        try (Stream<Path> walk = Files.walk(newSite)) {
            outputs = walk.filter(Files::isRegularFile).sorted()
                    .map(f -> new Output(newSite.relativize(f).toString().replace('\\', '/'), read(f)))
                    .toList();
        }
        System.out.println("writing");
        System.out.flush();
        AtomicWriter.replaceFolderAndFile(Path.of(args[2]), outputs, Path.of(args[3]), newReadme);
        System.out.println("written");
        System.out.flush();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
