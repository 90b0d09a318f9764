package news.enrich;

import java.nio.file.Path;
import java.time.Duration;
import news.enrich.dedup.NearDuplicateConfig;
import news.enrich.entities.EntityConfig;
import news.enrich.stories.StoryConfig;
import news.enrich.topics.TopicConfig;
import news.settings.RocksDbMemory;
import news.settings.Settings;
import news.settings.SettingsReader;

/**
 * The typed configuration of enrich, bound once from {@link Settings}.
 *
 * @param applicationId  the Streams application id; internal topics and the consumer group are named after it
 * @param stateDir       where the Streams state stores live
 * @param threads        Streams threads in this process ({@code enrich.streams.threads})
 * @param commitInterval how often enrich commits ({@code enrich.streams.commit-interval}): the sink and the grouping
 *                       stage read only committed records, so it adds to every article's latency
 * @param dedupRetention how long an article id is remembered for exact-duplicate detection
 * @param nearDuplicates near-duplicate detection ({@code enrich.near-dup.*})
 * @param entities       entity extraction ({@code enrich.entities.*})
 * @param topics         topic scoring ({@code enrich.topics.*})
 * @param stories        story grouping ({@code enrich.stories.*})
 * @param rocksDbMemory  the RocksDB memory budget of all enrich stores in this process ({@code enrich.rocksdb.*})
 */
public record EnrichConfig(String applicationId, Path stateDir, int threads, Duration commitInterval,
                           Duration dedupRetention,
                           NearDuplicateConfig nearDuplicates, EntityConfig entities, TopicConfig topics,
                           StoryConfig stories, RocksDbMemory rocksDbMemory) {

    public static EnrichConfig from(Settings settings) {
        SettingsReader read = settings.reader();
        var config = new EnrichConfig(read.text("enrich.streams.application-id"),
                read.path("enrich.streams.state-dir").toAbsolutePath(), read.integer("enrich.streams.threads", 1, 64),
                read.duration("enrich.streams.commit-interval"), read.duration("enrich.dedup.retention"),
                NearDuplicateConfig.from(read), EntityConfig.from(read), TopicConfig.from(read),
                StoryConfig.from(read), RocksDbMemory.from(read, "enrich"));
        if (config.commitInterval().isZero()) {
            read.problem("enrich.streams.commit-interval", "must be longer than zero");
        }
        if (config.dedupRetention().isZero()) {
            read.problem("enrich.dedup.retention", "must be longer than zero");
        }
        read.check();
        return config;
    }
}
