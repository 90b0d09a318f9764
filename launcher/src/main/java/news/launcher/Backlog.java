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
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        var latest = new HashMap<TopicPartition, OffsetSpec>();
        var existing = admin.listTopics().names().get();
        var described = admin.describeTopics(topics.stream().filter(existing::contains).toList()).allTopicNames().get();
        described.forEach((name, description) -> description.partitions()
                .forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        Map<TopicPartition, Long> from = new HashMap<>();
        ends.forEach((partition, end) -> {
            OffsetAndMetadata done = committed.get(partition);
            long position = done == null ? 0 : done.offset();
            if (position < end.offset()) {
                from.put(partition, position);
            }
        });
        return from.isEmpty() || onlyMarkersAfter(from, ends);
    }

    private boolean onlyMarkersAfter(Map<TopicPartition, Long> from,
                                     Map<TopicPartition, org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo> ends) {
        probe.assign(from.keySet());
        from.forEach(probe::seek);
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!probe.poll(Duration.ofMillis(100)).isEmpty()) {
                return false;
            }
            boolean pastEnd = from.keySet().stream().allMatch(p -> probe.position(p) >= ends.get(p).offset());
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
