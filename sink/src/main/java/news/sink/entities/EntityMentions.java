package news.sink.entities;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.events.EnrichedArticle;
import news.events.Entity;
import news.events.Mention;
import news.events.StoreSerde;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * An article's entity mentions on their way to the entity profiles, one record per partition of the entities-by-id
 * topic rather than one per entity: an article names some 40 entities, and each record costs a send, a fetch and
 * a pass through the topology whatever its size. Each entity lives in the partition Kafka's default partitioner
 * gives its id, so its mentions meet in one task, as they would keyed by the entity id alone.
 */
public final class EntityMentions {
    private EntityMentions() {
    }

    /** One article's mentions of the entities that live in one partition. */
    public record Batch(String articleId, String storyId, List<EntityState.Mentioned> mentions) {
        public Batch {
            mentions = List.copyOf(mentions);
        }
    }

    /** How a batch travels through the entities-by-id repartition topic. */
    public static final StoreSerde.Codec<Batch> BATCH = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, Batch batch) {
            out.id(batch.articleId()).id(batch.storyId()).list(batch.mentions(), EntityState.MENTIONED);
        }

        @Override
        public Batch read(StoreSerde.In in) {
            return new Batch(in.id(), in.id(), in.list(EntityState.MENTIONED));
        }
    };

    /**
     * The article's mentions grouped by the partition (of {@code partitions}) their entity lives in, each batch keyed
     * by the id of its first entity, which lives in that partition too.
     */
    public static List<KeyValue<String, Batch>> batches(EnrichedArticle article, int partitions) {
        Map<Integer, List<EntityState.Mentioned>> byPartition = new LinkedHashMap<>();
        for (Entity entity : article.entities()) {
            byPartition.computeIfAbsent(partitionOf(entity.id(), partitions), p -> new ArrayList<>())
                    .add(mentioned(entity));
        }
        var batches = new ArrayList<KeyValue<String, Batch>>(byPartition.size());
        for (List<EntityState.Mentioned> mentions : byPartition.values()) {
            var batch = new Batch(article.id(), article.storyId(), mentions);
            batches.add(KeyValue.pair(mentions.get(0).entityId(), batch));
        }
        return batches;
    }

    /** Sends a batch to the partition of its key; fails if the topic does not have the partitions it was cut for. */
    public static StreamPartitioner<String, Batch> partitioner(int partitions) {
        return (topic, key, batch, actual) -> {
            if (actual != partitions) {
                throw new IllegalStateException(topic + " has " + actual + " partitions where " + partitions
                        + " were expected: entity mentions would reach the wrong task");
            }
            return Optional.of(Set.of(partitionOf(key, partitions)));
        };
    }

    /** The partition Kafka's default partitioner gives a record keyed by the entity id. */
    static int partitionOf(String entityId, int partitions) {
        return Utils.toPositive(Utils.murmur2(entityId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static EntityState.Mentioned mentioned(Entity entity) {
        List<String> forms = entity.mentions().stream().map(Mention::text).distinct().sorted().toList();
        return new EntityState.Mentioned(entity.id(), entity.type(), entity.name(), forms,
                Math.max(1, entity.count()));
    }
}
