package news.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import news.events.FileStatus;
import news.events.TopicSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sha256 of every file ingest has already published, read back from the compacted {@code news.ingest.status}
 * at start, so a re-dropped file or one re-found after a crash is not sent again.
 */
public final class PublishedFiles {
    private static final Logger log = LoggerFactory.getLogger(PublishedFiles.class);

    private final Set<String> sha256s = ConcurrentHashMap.newKeySet();

    public boolean contains(String sha256) {
        return sha256s.contains(sha256);
    }

    public void add(String sha256) {
        sha256s.add(sha256);
    }

    public int size() {
        return sha256s.size();
    }

    /** Reads the status topic from the beginning to its current end. */
    public static PublishedFiles load(Map<String, String> kafka, TopicSpec<String, FileStatus> statusTopic,
                                      Duration timeout) {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        var published = new PublishedFiles();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(statusTopic.name(), timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + statusTopic.name() + " within " + timeout);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    FileStatus status = read(statusTopic, record);
                    if (status != null && (FileStatus.PUBLISHED.equals(status.outcome())
                            || FileStatus.DUPLICATE.equals(status.outcome()))) {
                        published.add(status.sha256());
                    }
                }
            }
        }
        log.info("{} files already published according to the status topic", published.size());
        return published;
    }

    /** A record another tool wrote in a wrong shape is skipped with a warning rather than stopping the start. */
    private static FileStatus read(TopicSpec<String, FileStatus> topic, ConsumerRecord<String, byte[]> record) {
        try {
            return topic.valueSerde().deserializer().deserialize(topic.name(), record.value());
        } catch (RuntimeException e) {
            log.warn("skipping unreadable record at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return null;
        }
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
