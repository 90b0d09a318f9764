package news.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Everything a topic holds right now, read_committed, as a downstream consumer would see it. */
public final class TopicContents {
    private TopicContents() {
    }

    /** The records from the beginning to the end offsets taken at the start of the read. */
    public static List<ConsumerRecord<String, byte[]>> read(KafkaBroker broker, String topic) throws Exception {
        Map<String, Object> props = Map.of("bootstrap.servers", broker.bootstrapServers(),
                "isolation.level", "read_committed");
        var records = new ArrayList<ConsumerRecord<String, byte[]>>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Eventually.await(Duration.ofMinutes(1), "reading " + topic + " to its end", () -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    records.add(record);
                }
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        }
        return records;
    }
}
