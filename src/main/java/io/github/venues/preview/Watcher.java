package io.github.venues.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (and their sub-folders) and reports the changed files in batches: an editor
 * saving a file fires several events, so events closer than {@link #QUIET_MILLIS} are grouped.
 */
public final class Watcher implements AutoCloseable {

    static final long QUIET_MILLIS = 40;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    public Watcher(List<Path> roots) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> tree = Files.walk(root)) {
                for (Path folder : tree.filter(Files::isDirectory).toList()) {
                    register(folder);
                }
            }
        }
    }

    private void register(Path folder) throws IOException {
        WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        folders.put(key, folder);
    }

    /** Blocks, calling {@code onChange} with each batch of changed paths, until closed. */
    public void run(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> batch = new LinkedHashSet<>();
                WatchKey key = service.take();
                do {
                    collect(key, batch);
                    key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                if (!batch.isEmpty()) onChange.accept(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || !(event.context() instanceof Path name)) continue;
            Path changed = folder.resolve(name);
            batch.add(changed);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    register(changed);
                } catch (IOException ignored) {
                    // a folder that vanished at once
                }
            }
        }
        if (!key.reset()) folders.remove(key);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
