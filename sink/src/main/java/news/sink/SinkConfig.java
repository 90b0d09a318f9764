package news.sink;

import java.nio.file.Path;
import java.time.Duration;
import news.settings.RocksDbMemory;
import news.settings.Settings;
import news.settings.SettingsReader;
import news.settings.WritableFolder;

/**
 * The typed configuration of the sink, bound once from {@link Settings}.
 *
 * @param applicationId the Streams application id
 * @param stateDir      where the Streams state lives
 * @param commitInterval how often the sink commits ({@code sink.streams.commit-interval}): article files are written
 *                      as records arrive, but story and entity views are emitted once per commit, the latest of
 *                      each key, so a longer interval means fewer, later updates
 * @param outDir        the output folder; {@code articles/}, {@code ninjs/} and {@code stories/} are created under it
 * @param writeRetry    how long a failing file write is retried before the sink starts again from its last
 *                      commit ({@code sink.files.retry-for})
 * @param rocksDbMemory the RocksDB memory budget of all sink stores in this process ({@code sink.rocksdb.*})
 * @param entityEmitAfter how long after its first change an entity's profile is emitted to the entities topic
 *                      ({@code sink.entities.emit-after}), with every change made meanwhile
 */
public record SinkConfig(String applicationId, Path stateDir, Duration commitInterval, Path outDir,
                         Duration writeRetry,
                         RocksDbMemory rocksDbMemory, Duration entityEmitAfter) {
    public static final String OUT_DIR = "sink.out.dir";

    public static SinkConfig from(Settings settings) {
        SettingsReader read = settings.reader();
        var config = new SinkConfig(read.text("sink.streams.application-id"),
                read.path("sink.streams.state-dir").toAbsolutePath(), read.duration("sink.streams.commit-interval"),
                read.path(OUT_DIR).toAbsolutePath().normalize(), read.duration("sink.files.retry-for"),
                RocksDbMemory.from(read, "sink"), read.duration("sink.entities.emit-after"));
        if (config.commitInterval().isZero()) {
            read.problem("sink.streams.commit-interval", "must be longer than zero");
        }
        if (config.entityEmitAfter().isZero()) {
            read.problem("sink.entities.emit-after", "must be longer than zero");
        }
        read.check();
        String problem = WritableFolder.problem(config.outDir());
        if (problem != null) {
            read.problem(OUT_DIR, problem);
        }
        read.check();
        return config;
    }

    public Path articlesDir() {
        return outDir.resolve("articles");
    }

    public Path ninjsDir() {
        return outDir.resolve("ninjs");
    }

    public Path storiesDir() {
        return outDir.resolve("stories");
    }
}
