package news.events;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topic catalogue: every topic of newsflow with its name, key and value types and creation configs, built
 * once from a {@link TopicLayout} and passed to whoever reads or writes. Nothing else types a topic name.
 */
public record Topics(
        TopicSpec<String, RawArticle> articlesRaw,
        TopicSpec<String, FileStatus> ingestStatus,
        TopicSpec<String, EnrichedArticle> articlesEnriched,
        TopicSpec<String, DeadLetter> enrichDlq,
        TopicSpec<String, EnrichedArticle> articles,
        TopicSpec<String, Story> stories,
        TopicSpec<String, EntityProfile> entities) {

    public static Topics create(TopicLayout layout) {
        Serde<String> key = Serdes.String();
        var stream = streamConfigs(layout, layout.rawRetention());
        var compacted = withMinInsyncReplicas(layout, Map.of("cleanup.policy", "compact",
                "max.message.bytes", String.valueOf(layout.maxMessageBytes())));
        return new Topics(
                spec(layout, "news.articles.raw", stream, key, JsonSerdes.of(RawArticle.class)),
                spec(layout, "news.ingest.status", compacted, key, JsonSerdes.of(FileStatus.class)),
                spec(layout, "news.articles.enriched", stream, key, JsonSerdes.of(EnrichedArticle.class)),
                spec(layout, "news.enrich.dlq", streamConfigs(layout, layout.dlqRetention()), key,
                        JsonSerdes.of(DeadLetter.class)),
                spec(layout, "news.articles", compacted, key, JsonSerdes.of(EnrichedArticle.class)),
                spec(layout, "news.stories", compacted, key, JsonSerdes.of(Story.class)),
                spec(layout, "news.entities", compacted, key, JsonSerdes.of(EntityProfile.class)));
    }

    public List<TopicSpec<?, ?>> all() {
        return List.of(articlesRaw, ingestStatus, articlesEnriched, enrichDlq, articles, stories, entities);
    }

    /** The catalogue entry with this full name, for commands that take a topic name from the user. */
    public java.util.Optional<TopicSpec<?, ?>> byName(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static Map<String, String> streamConfigs(TopicLayout layout, Duration retention) {
        return withMinInsyncReplicas(layout, Map.of("cleanup.policy", "delete",
                "retention.ms", String.valueOf(retention.toMillis()),
                "max.message.bytes", String.valueOf(layout.maxMessageBytes())));
    }

    /** Producers with {@code acks=all} then fail rather than write to fewer copies than this. */
    private static Map<String, String> withMinInsyncReplicas(TopicLayout layout, Map<String, String> configs) {
        if (layout.minInsyncReplicas() == TopicLayout.BROKER_DEFAULT) {
            return configs;
        }
        var with = new HashMap<>(configs);
        with.put("min.insync.replicas", String.valueOf(layout.minInsyncReplicas()));
        return Map.copyOf(with);
    }

    private static <V> TopicSpec<String, V> spec(TopicLayout layout, String name, Map<String, String> configs,
                                                 Serde<String> key, Serde<V> value) {
        return new TopicSpec<>(layout.prefix() + name, layout.partitions(), layout.replicationFactor(), configs,
                key, value);
    }
}
