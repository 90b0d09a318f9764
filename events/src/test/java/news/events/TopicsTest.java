package news.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicsTest {
    private static final long DAY_MS = Duration.ofDays(1).toMillis();

    private final Topics topics = Topics.create(TopicLayout.defaults());

    @Test
    void shouldListTheSevenContractTopicsInOrder() {
        assertThat(topics.all()).extracting(TopicSpec::name).containsExactly(
                "news.articles.raw",
                "news.ingest.status",
                "news.articles.enriched",
                "news.enrich.dlq",
                "news.articles",
                "news.stories",
                "news.entities");
    }

    @Test
    void shouldWireEachAccessorToItsOwnTopic() {
        Map<String, Function<Topics, TopicSpec<?, ?>>> byName = Map.of(
                "news.articles.raw", Topics::articlesRaw,
                "news.ingest.status", Topics::ingestStatus,
                "news.articles.enriched", Topics::articlesEnriched,
                "news.enrich.dlq", Topics::enrichDlq,
                "news.articles", Topics::articles,
                "news.stories", Topics::stories,
                "news.entities", Topics::entities);

        byName.forEach((name, accessor) -> assertThat(accessor.apply(topics).name()).isEqualTo(name));
    }

    @ParameterizedTest(name = "{0}: {1}, retention {2} days")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            news.articles.raw      | delete  | 7
            news.ingest.status     | compact | -
            news.articles.enriched | delete  | 7
            news.enrich.dlq        | delete  | 30
            news.articles          | compact | -
            news.stories           | compact | -
            news.entities          | compact | -
            """)
    void shouldCreateTopicWithContractCleanupAndRetention(String name, String cleanup, Integer retentionDays) {
        TopicSpec<?, ?> spec = topics.byName(name).orElseThrow();

        assertThat(spec.configs()).containsEntry("cleanup.policy", cleanup)
                .containsEntry("max.message.bytes", String.valueOf(4 * 1024 * 1024));
        if (retentionDays == null) {
            assertThat(spec.configs()).doesNotContainKey("retention.ms");
        } else {
            assertThat(spec.configs()).containsEntry("retention.ms", String.valueOf(retentionDays * DAY_MS));
        }
    }

    @Test
    void shouldGiveEveryTopicSixPartitionsAndOneReplicaByDefault() {
        assertThat(topics.all()).allSatisfy(spec -> {
            assertThat(spec.partitions()).isEqualTo(6);
            assertThat(spec.replicationFactor()).isEqualTo((short) 1);
        });
    }

    @Test
    void shouldCarryNameAndConfigsIntoTheAdminNewTopic() {
        NewTopic newTopic = topics.enrichDlq().newTopic();

        assertThat(newTopic.name()).isEqualTo("news.enrich.dlq");
        assertThat(newTopic.numPartitions()).isEqualTo(6);
        assertThat(newTopic.configs()).containsEntry("retention.ms", String.valueOf(30 * DAY_MS));
    }

    @Test
    void shouldPutThePrefixBeforeEveryName() {
        Topics prefixed = Topics.create(TopicLayout.defaults().withPrefix("t1."));

        assertThat(prefixed.all()).extracting(TopicSpec::name).containsExactly(
                "t1.news.articles.raw",
                "t1.news.ingest.status",
                "t1.news.articles.enriched",
                "t1.news.enrich.dlq",
                "t1.news.articles",
                "t1.news.stories",
                "t1.news.entities");
        assertThat(prefixed.byName("t1.news.stories")).containsSame(prefixed.stories());
        assertThat(prefixed.byName("news.stories")).isEmpty();
    }

    @Test
    void shouldKeepTheOtherLayoutSettingsWhenPrefixing() {
        var layout = new TopicLayout("", 3, (short) 2, 1024, Duration.ofHours(1), Duration.ofDays(2));

        Topics prefixed = Topics.create(layout.withPrefix("t1."));

        assertThat(prefixed.articlesRaw().partitions()).isEqualTo(3);
        assertThat(prefixed.articlesRaw().replicationFactor()).isEqualTo((short) 2);
        assertThat(prefixed.articlesRaw().configs()).containsEntry("retention.ms", "3600000")
                .containsEntry("max.message.bytes", "1024");
        assertThat(prefixed.enrichDlq().configs()).containsEntry("retention.ms", String.valueOf(2 * DAY_MS));
    }

    @Test
    void shouldSetMinInsyncReplicasOnEveryTopicOnlyWhenGiven() {
        var layout = new TopicLayout("", 6, (short) 3, 1024, Duration.ofHours(1), Duration.ofDays(2), 2);

        assertThat(Topics.create(layout).all()).allSatisfy(topic -> {
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
            assertThat(topic.newTopic().configs()).containsEntry("min.insync.replicas", "2");
        });
        assertThat(Topics.create(layout.withPrefix("t1.")).articles().configs())
                .containsEntry("min.insync.replicas", "2");
        assertThat(Topics.create(TopicLayout.defaults()).all())
                .allSatisfy(topic -> assertThat(topic.configs()).doesNotContainKey("min.insync.replicas"));
        assertThatThrownBy(() -> new TopicLayout("", 6, (short) 1, 1024, Duration.ofHours(1), Duration.ofDays(2), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldUseTheValueTypeOfEachTopicInItsSerde() {
        var status = new FileStatus("/inbox/a.txt", "abc", FileStatus.PUBLISHED, 1, null,
                Instant.parse("2026-02-05T10:00:00Z"));
        var serde = topics.ingestStatus().valueSerde();

        byte[] bytes = serde.serializer().serialize("news.ingest.status", status);

        assertThat(serde.deserializer().deserialize("news.ingest.status", bytes)).isEqualTo(status);
        assertThat(topics.ingestStatus().keySerde().deserializer()
                .deserialize("news.ingest.status", "abc".getBytes())).isEqualTo("abc");
    }
}
