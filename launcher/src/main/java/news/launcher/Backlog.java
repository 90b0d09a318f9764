package news.launcher;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Tells whether a consumer group has read everything in a topic. Under exactly-once, end offsets include
 * transaction markers, so a committed offset one short of the end may still mean nothing is left: where offsets
 * differ, a probe consumer looks at what actually lies after the committed offset and counts records, not offsets.
 */
final class Backlog implements AutoCloseable {
    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> probe;

    Backlog(Admin admin, Map<String, String> kafka) {
        this.admin = admin;
        Map<String, Object> props = new HashMap<>(kafka);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        this.probe = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * True when the group has committed past every record of the topics (its input topics, including the
     * repartition topics a Streams application reads back). A topic that does not exist yet holds nothing.
     */
    boolean isDrained(String group, List<String> topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> ends = new HashMap<>();
        Map<TopicPartition, Long> from = new HashMap<>();
        positions(admin, group, topics, IsolationLevel.READ_COMMITTED).forEach((partition, position) -> {
            ends.put(partition, position[1]);
            if (position[0] < position[1]) {
                from.put(partition, position[0]);
            }
        });
        return from.isEmpty() || onlyMarkersAfter(from, ends);
    }

    /**
     * For every partition of the topics that exist: {committed offset of the group (0 if none), end offset as the
     * isolation level sees it}. A topic that does not exist yet holds nothing.
     */
    static Map<TopicPartition, long[]> positions(Admin admin, String group, List<String> topics,
                                                 IsolationLevel isolation)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        var latest = new HashMap<TopicPartition, OffsetSpec>();
        var existing = admin.listTopics().names().get();
        admin.describeTopics(topics.stream().filter(existing::contains).toList()).allTopicNames().get()
                .forEach((name, description) -> description.partitions()
                        .forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        var positions = new HashMap<TopicPartition, long[]>();
        admin.listOffsets(latest, new ListOffsetsOptions(isolation)).all().get().forEach((partition, end) -> {
            OffsetAndMetadata done = committed.get(partition);
            positions.put(partition, new long[] {done == null ? 0 : done.offset(), end.offset()});
        });
        return positions;
    }

    private boolean onlyMarkersAfter(Map<TopicPartition, Long> from, Map<TopicPartition, Long> ends) {
        probe.assign(from.keySet());
        from.forEach(probe::seek);
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!probe.poll(Duration.ofMillis(100)).isEmpty()) {
                return false;
            }
            boolean pastEnd = from.keySet().stream().allMatch(p -> probe.position(p) >= ends.get(p));
            if (pastEnd) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        probe.close();
    }
}
