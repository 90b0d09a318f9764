package news.launcher;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import news.settings.Settings;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow tail TOPIC}: prints a topic's record values as JSON lines, reading only committed records.
 * Finds the broker through the state directory; when no stack runs there, it opens the embedded broker on that
 * directory itself, prints what is stored, and stops it.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print the records of a topic as JSON lines (read_committed).")
final class TailCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TOPIC", description = "For example news.articles.enriched.")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of the newest.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    Integer max;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.loadSettings();
        return ClusterAccess.withKafka(common, settings, (kafka, ownBroker) -> tail(kafka, ownBroker));
    }

    /** Prints values until --max records, or, on a broker opened just for this, until the end of the topic. */
    private int tail(Map<String, String> kafka, boolean stopAtEnd) {
        Map<String, Object> props = new HashMap<>(kafka);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        PrintWriter out = spec.commandLine().getOut();
        try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, KafkaAdmin.CONNECT_TIMEOUT);
            if (infos == null || infos.isEmpty()) {
                throw new StartupException("no topic named " + topic);
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            int printed = 0;
            while (max == null || printed < max) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() == null) {
                        continue;
                    }
                    out.println(new String(record.value(), StandardCharsets.UTF_8));
                    if (max != null && ++printed >= max) {
                        break;
                    }
                }
                out.flush();
                if (stopAtEnd && partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
                    break;
                }
            }
            out.flush();
        }
        return 0;
    }

}
