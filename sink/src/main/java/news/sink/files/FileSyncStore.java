package news.sink.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Makes the files written since the last commit durable just before Kafka Streams commits: Streams flushes every
 * state store of a task before it commits the task's offsets, so files are synced once per commit (a batch), not
 * once per file, and an offset is never committed for a file that is not on disk. Keeps no data of its own: no
 * changelog, nothing to restore.
 */
public final class FileSyncStore implements StateStore {
    private final String name;
    private final Set<Path> written = new LinkedHashSet<>();
    private boolean open;

    private FileSyncStore(String name) {
        this.name = name;
    }

    /** Remembers a file to sync at the next commit. */
    public void written(Path file) {
        written.add(file);
    }

    @Override
    public void flush() {
        var folders = new LinkedHashSet<Path>();
        for (Path file : written) {
            force(file, false);
            folders.add(file.getParent());
        }
        // The renames live in the folders: sync them too, or a crash could forget a file that was synced.
        folders.forEach(folder -> force(folder, true));
        written.clear();
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
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        context.register(root, (key, value) -> {
        });
        open = true;
    }

    @Override
    public void commit(Map<org.apache.kafka.common.TopicPartition, Long> changelogOffsets) {
        flush();
    }

    @Override
    public void close() {
        written.clear();
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
