package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import news.enrich.EnrichApp;
import news.enrich.EnrichConfig;
import news.events.EnrichedArticle;
import news.events.JsonSerdes;
import news.events.RawArticle;
import news.events.TopicLayout;
import news.events.Topics;
import news.settings.Settings;
import news.testkit.Eventually;
import news.testkit.KafkaBroker;
import news.testkit.KafkaBrokerExtension;
import news.testkit.TopicContents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two enrich instances (one application id) over a four- and a six-partition input (six is the default), fed 2,000
 * articles with known duplicate groups; one instance is stopped mid-run. Every group must come out whole whichever partition and instance each
 * copy went through: exact copies dropped, near-duplicates pointing at their group's first article, nothing lost and
 * nothing written twice (read_committed).
 */
@ExtendWith(KafkaBrokerExtension.class)
class EnrichScaleOutIT {
    private static final int GROUPS = 800;
    /**
     * About now, as ingest stamps records: the broker applies time retention to record timestamps, so articles
     * stamped months ago would be deleted from the raw topic and the changelogs while the test runs. Group g is
     * stamped g seconds after T0, so T0 lies far enough back that no stamp is in the future (the broker warns).
     */
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(GROUPS);

    @TempDir
    Path work;

    /** One duplicate group: an original, a revised version, and for every other group an exact copy. */
    private record Group(RawArticle original, RawArticle revised, RawArticle exactCopy) {
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {4, 6})
    void shouldFindEveryGroupAcrossPartitionsAndInstancesWhenOneInstanceStops(int partitions, KafkaBroker broker)
            throws Exception {
        String prefix = "scale" + partitions + "p" + System.nanoTime() + ".";
        Settings settings = settings(broker, prefix, partitions, "a");
        Topics topics = Topics.create(Configuration.bind(settings).topics());
        assertThat(topics.articlesRaw().partitions()).isEqualTo(partitions);
        List<Group> groups = groups(new Random(42));
        List<RawArticle> firstHalf = new ArrayList<>();
        List<RawArticle> secondHalf = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            firstHalf.add(group.original());
            // Half the groups are completed only after the stop, so their state must have moved with the task.
            (i % 2 == 0 ? firstHalf : secondHalf).add(group.revised());
            if (group.exactCopy() != null) {
                secondHalf.add(group.exactCopy());
            }
        }
        assertThat(firstHalf.size() + secondHalf.size()).isEqualTo(2000);

        try (KafkaAdmin admin = KafkaAdmin.connect(settings.kafka())) {
            admin.createTopics(topics);
        }
        try (EnrichApp a = start(settings, topics);
             EnrichApp b = start(settings(broker, prefix, partitions, "b"), topics);
             var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers(),
                     "enable.idempotence", true), new StringSerializer(), new ByteArraySerializer())) {
            Eventually.await(Duration.ofMinutes(1), "both instances running with tasks",
                    () -> SinkScaleOutIT.hasActiveTasks(a.streams()) && SinkScaleOutIT.hasActiveTasks(b.streams()));
            send(producer, topics, firstHalf);
            Eventually.await(Duration.ofMinutes(2), "some articles enriched before the stop",
                    () -> TopicContents.read(broker, topics.articlesEnriched().name()).size() >= 300);
            b.close();
            send(producer, topics, secondHalf);

            int expected = 2 * GROUPS;
            Eventually.await(Duration.ofMinutes(3), expected + " enriched articles",
                    () -> TopicContents.read(broker, topics.articlesEnriched().name()).size() >= expected);
            List<ConsumerRecord<String, byte[]>> records = TopicContents.read(broker, topics.articlesEnriched().name());
            Map<String, EnrichedArticle> byId = new HashMap<>();
            var writtenTwice = new ArrayList<String>();
            for (ConsumerRecord<String, byte[]> record : records) {
                EnrichedArticle article = JsonSerdes.fromBytes(record.value(), EnrichedArticle.class);
                EnrichedArticle before = byId.put(record.key(), article);
                if (before != null) {
                    writtenTwice.add(record.key() + " from " + before.source().path() + " (duplicateOf "
                            + before.duplicateOf() + ") and " + article.source().path() + " (duplicateOf "
                            + article.duplicateOf() + ") at " + record.partition() + "@" + record.offset());
                }
            }
            assertThat(writtenTwice).as("articles written twice").isEmpty();
            assertThat(byId).hasSize(expected);
            // Counters are not transactional: a batch retried after the stop may count twice.
            assertThat(a.counts().duplicates() + b.counts().duplicates()).isGreaterThanOrEqualTo(GROUPS / 2);
            for (Group group : groups) {
                EnrichedArticle original = byId.get(group.original().id());
                EnrichedArticle revised = byId.get(group.revised().id());
                assertThat(original).isNotNull();
                assertThat(revised).isNotNull();
                // Membership, not ids: whichever of the two reached the grouping stage first is the original.
                assertThat(Set.of(String.valueOf(original.duplicateOf()), String.valueOf(revised.duplicateOf())))
                        .as("group of %s", group.original().title())
                        .containsExactlyInAnyOrder("null", original.duplicateOf() == null ? original.id()
                                : revised.id());
            }
            long marked = byId.values().stream().filter(article -> article.duplicateOf() != null).count();
            assertThat(marked).isEqualTo(GROUPS);
            assertThat(TopicContents.read(broker, topics.enrichDlq().name())).isEmpty();
        }
    }

    private Settings settings(KafkaBroker broker, String prefix, int partitions, String instance) throws Exception {
        Path config = Files.writeString(work.resolve(prefix + instance + ".properties"), String.join("\n",
                "topics.prefix=" + prefix, "topics.partitions=" + partitions,
                "enrich.streams.application-id=" + prefix + "enrich",
                "enrich.streams.state-dir=" + work.resolve(prefix + "streams-" + instance),
                "kafka.commit.interval.ms=100", ""));
        return Configuration.load(config, Map.of("kafka.bootstrap.servers", broker.bootstrapServers()), Map.of());
    }

    private static EnrichApp start(Settings settings, Topics topics) {
        EnrichConfig config = Configuration.bind(settings).enrich();
        EnrichApp app = EnrichApp.create(config, topics, settings.kafka(), TopicLayout.FOUR_MB);
        app.start();
        return app;
    }

    private static void send(KafkaProducer<String, byte[]> producer, Topics topics, List<RawArticle> articles)
            throws Exception {
        for (RawArticle article : articles) {
            producer.send(new ProducerRecord<>(topics.articlesRaw().name(), null, article.ingestedAt().toEpochMilli(),
                    article.id(), JsonSerdes.toBytes(article)));
        }
        producer.flush();
    }

    private static List<Group> groups(Random random) {
        var groups = new ArrayList<Group>();
        for (int g = 0; g < GROUPS; g++) {
            String title = "Story " + g + " " + ArticleSet.words(random, 5);
            String body = ArticleSet.words(random, 120);
            String revised = body.substring(0, body.length() / 2) + " " + ArticleSet.words(random, 40);
            groups.add(new Group(ArticleSet.article(title, body, "g" + g + "-original.txt", T0.plusSeconds(g)),
                    ArticleSet.article(title, revised, "g" + g + "-revised.txt", T0.plusSeconds(g)),
                    g % 2 == 0 ? ArticleSet.article(title, body, "g" + g + "-copy.txt", T0.plusSeconds(g))
                            : null));
        }
        return groups;
    }
}
