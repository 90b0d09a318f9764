package news.sink.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;

/**
 * Makes the files written since the last commit durable just before Kafka Streams commits: before it commits a
 * task's offsets, Streams (4.3) calls {@code flushCache} of every store of the task that is a {@link CachedStateStore}
 * (its {@code flush}/{@code commit} come only after the offsets are committed, and not at every commit), and that
 * waits until every file written since the last commit is synced, so an offset is never committed for a file that is
 * not on disk. The syncs themselves
 * run on a thread of the store's own as the files are written, so that a commit does not stall the stream thread
 * for a whole interval's worth of them. Keeps no data of its own: no changelog, nothing to restore.
 */
public final class FileSyncStore implements StateStore, CachedStateStore<Object, Object> {
    private final String name;
    private final List<Future<?>> syncing = new ArrayList<>();
    private final Set<Path> folders = new LinkedHashSet<>();
    private ExecutorService syncer;
    private boolean open;

    private FileSyncStore(String name) {
        this.name = name;
    }

    /** Starts syncing a file; the next commit waits for it. */
    public void written(Path file) {
        folders.add(file.getParent());
        syncing.add(syncer.submit(() -> force(file, false)));
    }

    @Override
    public void flush() {
        try {
            for (Future<?> sync : syncing) {
                sync.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("a file sync failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for files to reach the disk", e);
        } finally {
            syncing.clear();
        }
        // The renames live in the folders: sync them too, or a crash could forget a file that was synced.
        folders.forEach(folder -> force(folder, true));
        folders.clear();
    }

    private static void force(Path path, boolean folder) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!folder || Files.isRegularFile(path)) {
                throw new UncheckedIOException("cannot sync " + path + " to disk", e);
            }
            // some file systems refuse to open folders for syncing; the file itself is synced
        }
    }

    @Override
    public void flushCache() {
        flush();
    }

    @Override
    public void clearCache() {
        // nothing to drop: a file written for an uncommitted record is written again when the record is reprocessed
    }

    @Override
    public boolean setFlushListener(CacheFlushListener<Object, Object> listener, boolean sendOldValues) {
        return false;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        context.register(root, (key, value) -> {
        });
        String thread = context.applicationId() + "-" + context.taskId() + "-" + name;
        syncer = Executors.newSingleThreadExecutor(task -> {
            var syncThread = new Thread(task, thread);
            syncThread.setDaemon(true);
            return syncThread;
        });
        open = true;
    }

    @Override
    public void commit(Map<org.apache.kafka.common.TopicPartition, Long> changelogOffsets) {
        flush();
    }

    @Override
    public void close() {
        syncing.clear();
        folders.clear();
        if (syncer != null) {
            syncer.shutdownNow();
        }
        open = false;
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    /**
     * The builder Streams needs to create one store per task; each sub-topology that writes files has its own
     * store, so that writing files does not tie sub-topologies together.
     */
    public static StoreBuilder<FileSyncStore> builder(String name) {
        return new StoreBuilder<>() {
            @Override
            public StoreBuilder<FileSyncStore> withCachingEnabled() {
                return this;
            }

            @Override
            public StoreBuilder<FileSyncStore> withCachingDisabled() {
                return this;
            }

            @Override
            public StoreBuilder<FileSyncStore> withLoggingEnabled(Map<String, String> config) {
                return this;
            }

            @Override
            public StoreBuilder<FileSyncStore> withLoggingDisabled() {
                return this;
            }

            @Override
            public FileSyncStore build() {
                return new FileSyncStore(name);
            }

            @Override
            public Map<String, String> logConfig() {
                return Map.of();
            }

            @Override
            public boolean loggingEnabled() {
                return false;
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

}
