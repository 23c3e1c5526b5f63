package io.github.venues.write;

import io.github.venues.render.Output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Puts outputs in place so that a reader (or a crash) sees either the old version or the new
 * one, never a mixture: everything is written to a temporary sibling first and moved into place
 * only when it is complete.
 */
public final class AtomicWriter {

    private static final String STAGING_PREFIX = ".staging-";
    private static final String RETIRED_PREFIX = ".retired-";

    private AtomicWriter() {
    }

    /**
     * Replaces the folder {@code target} with one holding exactly {@code outputs}. A folder's
     * swap takes two renames; between them the old folder is kept as a sibling
     * {@code .retired-<name>}, which the next run puts back if it finds the target missing.
     */
    public static void replaceFolder(Path target, List<Output> outputs) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        Path retired = parent.resolve(RETIRED_PREFIX + name);
        recover(target, retired);
        cleanStaleStaging(target);

        Path staging = createSibling(parent, STAGING_PREFIX + name + "-", "", true);
        try {
            for (Output output : outputs) {
                Path file = staging.resolve(output.path());
                Files.createDirectories(file.getParent());
                Files.write(file, output.bytes());
            }
            if (Files.exists(target)) {
                Files.move(target, retired, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            recover(target, retired);
            throw e;
        }
        deleteTree(retired);
    }

    /** Replaces one file atomically: a temporary file beside it, then a rename over it. */
    public static void replaceFile(Path target, byte[] bytes) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path temp = createSibling(parent, "." + target.getFileName() + ".", ".tmp", false);
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new, uniquely named file or folder in {@code parent}. Unlike {@code Files.createTemp*}, it
     * gets the permissions of any new file (the umask's), not owner-only ones: it becomes the
     * published site folder or README.md, which others (a web server) must be able to read.
     */
    private static Path createSibling(Path parent, String prefix, String suffix, boolean folder) throws IOException {
        while (true) {
            Path path = parent.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
            try {
                return folder ? Files.createDirectory(path) : Files.createFile(path);
            } catch (FileAlreadyExistsException e) {
                // taken: try another name
            }
        }
    }

    /** After an interrupted swap: bring the old folder back if the new one never arrived. */
    private static void recover(Path target, Path retired) throws IOException {
        if (!Files.exists(retired)) return;
        if (Files.exists(target)) {
            deleteTree(retired);
        } else {
            Files.move(retired, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Removes staging folders of {@code target} that a killed build left behind. */
    private static void cleanStaleStaging(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) return;
        String prefix = STAGING_PREFIX + target.getFileName() + "-";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path entry : entries) {
                deleteTree(entry);
            }
        }
    }
}
