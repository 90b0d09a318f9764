package news.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.events.FileStatus;
import news.events.TopicSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Follows {@code news.ingest.status} from its current end: the outcomes of files handled from now on. */
final class StatusFollower implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final TopicSpec<String, FileStatus> topic;

    StatusFollower(Map<String, String> kafka, TopicSpec<String, FileStatus> topic) {
        this.topic = topic;
        Map<String, Object> props = new HashMap<>(kafka);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), KafkaAdmin.CONNECT_TIMEOUT).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // seekToEnd is lazy: asking for the positions fixes them now, before anything is handed over.
        partitions.forEach(consumer::position);
    }

    /** The statuses that arrived, skipping records that are not a FileStatus. */
    List<FileStatus> poll(Duration timeout) {
        var statuses = new ArrayList<FileStatus>();
        for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
            try {
                FileStatus status = topic.valueSerde().deserializer().deserialize(topic.name(), record.value());
                if (status != null) {
                    statuses.add(status);
                }
            } catch (RuntimeException ignored) {
                // another writer's record: not one of ours
            }
        }
        return statuses;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
