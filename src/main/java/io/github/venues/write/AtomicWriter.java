package io.github.venues.write;

import io.github.venues.render.Output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Puts outputs in place so that a reader (or a crash) sees either the old version or the new
 * one, never a mixture: everything is written to a temporary sibling first, flushed to the disk,
 * and moved into place only when it is complete.
 *
 * <p>A file is replaced by one rename, so it is never missing. A folder takes two renames (the old
 * one aside as {@code .retired-<name>}, then the new one in); a process killed between them leaves
 * the target missing and the old folder beside it. {@link #recover} puts it back; {@code venues
 * build} runs it first, before it even validates, so the next build of any outcome repairs it.
 * A process killed while writing leaves a staging folder or temporary file, which {@link #recover}
 * and {@link #recoverFile} remove. One build at a time: two builds of one folder clean up each
 * other's staging.
 */
public final class AtomicWriter {

    private static final String STAGING_PREFIX = ".staging-";
    private static final String RETIRED_PREFIX = ".retired-";
    private static final String TEMP_SUFFIX = ".tmp";

    /** How bytes reach the disk. A test seam: tests pass one that fails like a full disk. */
    @FunctionalInterface
    interface Disk {
        void write(Path file, byte[] bytes) throws IOException;
    }

    /** Writes the file and flushes it to the disk, so that a rename never publishes a file whose bytes a power cut loses. */
    static final Disk REAL_DISK = (file, bytes) -> {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) channel.write(buffer);
            channel.force(true);
        }
    };

    private AtomicWriter() {
    }

    /**
     * Replaces the folder {@code target} with one holding exactly {@code outputs}. A folder's
     * swap takes two renames; between them the old folder is kept as a sibling
     * {@code .retired-<name>}, which the next run puts back if it finds the target missing.
     */
    public static void replaceFolder(Path target, List<Output> outputs) throws IOException {
        replace(target, outputs, null, null, REAL_DISK);
    }

    /** Replaces one file atomically: a temporary file beside it, then a rename over it. */
    public static void replaceFile(Path target, byte[] bytes) throws IOException {
        replace(null, List.of(), target, bytes, REAL_DISK);
    }

    /**
     * Replaces a folder and a file as one step as far as a file system allows: both are written
     * in full first, so that a failure while writing (a full disk) changes neither; then the
     * folder is swapped and the file renamed over the old one.
     */
    public static void replaceFolderAndFile(Path folder, List<Output> outputs, Path file, byte[] bytes) throws IOException {
        replace(folder, outputs, file, bytes, REAL_DISK);
    }

    /** @param folder or {@code null}; @param file or {@code null} */
    static void replace(Path folder, List<Output> outputs, Path file, byte[] bytes, Disk disk) throws IOException {
        if (folder != null && file != null) {
            Path f = file.toAbsolutePath().normalize();
            Path d = folder.toAbsolutePath().normalize();
            if (f.startsWith(d) && !f.equals(d)) {
                // The file goes inside the folder: it is one more output of the folder's single swap.
                List<Output> all = new java.util.ArrayList<>(outputs);
                all.removeIf(o -> d.resolve(o.path()).normalize().equals(f));
                all.add(new Output(d.relativize(f).toString().replace('\\', '/'), bytes));
                replaceStaged(folder, all, null, null, disk);
                return;
            }
        }
        replaceStaged(folder, outputs, file, bytes, disk);
    }

    private static void replaceStaged(Path folder, List<Output> outputs, Path file, byte[] bytes, Disk disk) throws IOException {
        Path staging = null;
        Path temp = null;
        try {
            if (file != null) {
                // As for the folder: a README in a folder that does not exist yet gets the folder.
                Files.createDirectories(parentOf(file));
                recoverFile(file);
                temp = createSibling(parentOf(file), "." + file.getFileName() + ".", TEMP_SUFFIX, false);
                disk.write(temp, bytes);
            }
            if (folder != null) {
                Files.createDirectories(parentOf(folder));
                recover(folder);
                if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
                    // Replacing it would delete a file that is not ours.
                    throw new FileSystemException(folder.toString(), null, "it exists and is not a folder");
                }
                staging = createSibling(parentOf(folder), STAGING_PREFIX + folder.getFileName() + "-", "", true);
                for (Output output : outputs) {
                    Path out = staging.resolve(output.path());
                    Files.createDirectories(out.getParent());
                    disk.write(out, output.bytes());
                }
                syncFolders(staging);
            }
        } catch (IOException | RuntimeException e) {
            discard(staging, temp, e);
            throw e;
        }
        if (folder != null) {
            try {
                swapFolder(folder, staging);
            } catch (IOException | RuntimeException e) {
                discard(staging, temp, e);
                throw e;
            }
        }
        if (file != null) {
            try {
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                syncFolder(parentOf(file));
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** The two renames: old folder aside, new folder in; the old one is deleted once the new one is in. */
    private static void swapFolder(Path target, Path staging) throws IOException {
        Path parent = parentOf(target);
        Path retired = parent.resolve(RETIRED_PREFIX + target.getFileName());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(target, retired, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            recover(target);
            throw e;
        }
        syncFolder(parent);
        deleteTree(retired);
    }

    /** Removes what a failed run staged; a failure to remove is added to the original failure. */
    private static void discard(Path staging, Path temp, Exception failure) {
        try {
            if (staging != null) deleteTree(staging);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        try {
            if (temp != null) Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Repairs what a killed run left of a folder's replacement: puts the old folder back if the
     * new one never arrived (or deletes it if it did), and removes staging folders. Does nothing
     * when there is nothing to repair.
     */
    public static void recover(Path target) throws IOException {
        Path parent = parentOf(target);
        if (!Files.isDirectory(parent)) return;
        Path retired = parent.resolve(RETIRED_PREFIX + target.getFileName());
        if (Files.exists(retired, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(retired);
            } else {
                Files.move(retired, target, StandardCopyOption.ATOMIC_MOVE);
                syncFolder(parent);
            }
        }
        removeSiblings(target, STAGING_PREFIX + target.getFileName() + "-*");
    }

    /** Removes temporary files a killed run left beside {@code target} ({@code .README.md.<random>.tmp}). */
    public static void recoverFile(Path target) throws IOException {
        if (!Files.isDirectory(parentOf(target))) return;
        removeSiblings(target, "." + target.getFileName() + ".*" + TEMP_SUFFIX);
    }

    private static void removeSiblings(Path target, String glob) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parentOf(target), glob)) {
            for (Path entry : entries) {
                deleteTree(entry);
            }
        }
    }

    private static Path parentOf(Path path) {
        Path parent = path.toAbsolutePath().normalize().getParent();
        if (parent == null) throw new IllegalArgumentException("no folder around " + path);
        return parent;
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

    /** Flushes every folder under {@code root} (their entries), deepest first. */
    private static void syncFolders(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) throw exc;
                syncFolder(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Flushes a folder's entries (a rename) to the disk where the system allows it (not on Windows). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not every system opens folders; the rename itself is still atomic.
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) throw exc;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
