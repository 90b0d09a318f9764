package news.launcher;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import news.enrich.EnrichTopology;
import news.events.FileStatus;
import news.events.JsonSerdes;
import news.events.TopicSpec;
import news.events.Topics;
import news.settings.Settings;
import news.sink.SinkTopology;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow status}: a readable picture of a stack: topic sizes, each service's lag, files by outcome, dead
 * letters with the latest reasons, and how many stories and entities the views hold. Counts of files, stories and
 * entities read the compacted topics to their end: seconds on a large deployment.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Topic sizes, lag per service, files by outcome, dead letters, story and entity counts.")
final class StatusCommand implements Callable<Integer> {
    private static final int LATEST_REASONS = 3;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.loadSettings();
        Configuration.Bound config = Configuration.bind(settings);
        Topics topics = Topics.create(config.topics());
        return ClusterAccess.withKafka(common, settings, (kafka, own) -> {
            PrintWriter out = spec.commandLine().getOut();
            try (KafkaAdmin admin = KafkaAdmin.connect(kafka)) {
                out.printf("%-32s %12s%n", "topic", "offsets");
                for (TopicSpec<?, ?> topic : topics.all()) {
                    out.printf("%-32s %12d%n", topic.name(), size(admin.admin(), topic.name()));
                }
                out.println();
                out.printf("%-8s %-28s %12s%n", "service", "consumer group", "lag");
                out.printf("%-8s %-28s %12d%n", "enrich", config.enrich().applicationId(),
                        lag(admin.admin(), config.enrich().applicationId(),
                                EnrichTopology.inputTopics(topics, config.enrich().applicationId())));
                out.printf("%-8s %-28s %12d%n", "sink", config.sink().applicationId(),
                        lag(admin.admin(), config.sink().applicationId(),
                                SinkTopology.inputTopics(topics, config.sink())));
            }
            out.println();
            out.println("files: " + fileOutcomes(kafka, topics));
            var letters = DlqCommand.letters(kafka, topics);
            out.println("dead letters: " + letters.size());
            letters.stream().skip(Math.max(0, letters.size() - LATEST_REASONS)).forEach(l -> out.printf(
                    "  %s %s: %s (%s)%n", l.deadLetter().at(), l.deadLetter().stage(), l.deadLetter().reason(),
                    l.deadLetter().sourcePath()));
            out.printf("stories: %d, entities: %d%n", keys(kafka, topics.stories().name()),
                    keys(kafka, topics.entities().name()));
            out.flush();
            return 0;
        });
    }

    private static long size(Admin admin, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().forEach(p -> {
            earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
            latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
        });
        var start = admin.listOffsets(earliest).all().get();
        var end = admin.listOffsets(latest).all().get();
        return end.entrySet().stream().mapToLong(e -> e.getValue().offset() - start.get(e.getKey()).offset()).sum();
    }

    /** Offsets between the group's commits and the end of the topic (transaction markers count as one each). */
    /** Offsets not yet committed by the group, over its input topics (internal ones included, once they exist). */
    private static long lag(Admin admin, String group, List<String> topics) throws Exception {
        return Backlog.positions(admin, group, topics, IsolationLevel.READ_UNCOMMITTED).values().stream()
                .mapToLong(position -> Math.max(0, position[1] - position[0])).sum();
    }

    /** The latest outcome of every file, counted by outcome. */
    private static Map<String, Integer> fileOutcomes(Map<String, String> kafka, Topics topics) {
        var latest = new HashMap<String, String>();
        for (ConsumerRecord<String, byte[]> record : TopicSnapshot.read(kafka, topics.ingestStatus().name())) {
            if (record.value() != null) {
                try {
                    latest.put(record.key(), JsonSerdes.fromBytes(record.value(), FileStatus.class).outcome());
                } catch (RuntimeException ignored) {
                    // not a FileStatus: another writer's record
                }
            }
        }
        var counts = new TreeMap<String, Integer>();
        latest.values().forEach(outcome -> counts.merge(outcome, 1, Integer::sum));
        return counts;
    }

    private static long keys(Map<String, String> kafka, String topic) {
        var live = new HashMap<String, Boolean>();
        TopicSnapshot.read(kafka, topic).forEach(record -> live.put(record.key(), record.value() != null));
        return live.values().stream().filter(Boolean::booleanValue).count();
    }
}
