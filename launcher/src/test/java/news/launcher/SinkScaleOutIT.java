package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import news.events.EnrichedArticle;
import news.events.JsonSerdes;
import news.events.Source;
import news.events.Story;
import news.events.TopicLayout;
import news.events.Topics;
import news.settings.Settings;
import news.sink.SinkApp;
import news.testkit.Eventually;
import news.testkit.KafkaBroker;
import news.testkit.KafkaBrokerExtension;
import news.testkit.TopicContents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sink instances (one application id, one output folder, separate Streams state) over a six-partition enriched
 * stream of 2,000 articles in 200 stories; one instance is stopped mid-run. Every article file is written, whole, once
 * per article; {@code news.articles} holds each article once (read_committed); every story file lists all ten of its
 * members, although a story's articles arrive on different partitions and instances and meet only in the
 * repartition by story id.
 */
@ExtendWith(KafkaBrokerExtension.class)
class SinkScaleOutIT {
    private static final int ARTICLES = 2000;
    private static final int STORIES = 200;
    /** About now, never in the future: the broker applies time retention to record timestamps. */
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(ARTICLES);

    @TempDir
    Path work;

    @Test
    void shouldWriteEveryArticleAndWholeStoriesWhenOneOfTwoInstancesStops(KafkaBroker broker) throws Exception {
        String prefix = "sinkscale" + System.nanoTime() + ".";
        Path out = work.resolve("out");
        Settings settings = settings(broker, prefix, "a");
        Topics topics = Topics.create(Configuration.bind(settings).topics());
        List<EnrichedArticle> articles = IntStream.range(0, ARTICLES).mapToObj(SinkScaleOutIT::article).toList();

        try (KafkaAdmin admin = KafkaAdmin.connect(settings.kafka())) {
            admin.createTopics(topics);
        }
        try (SinkApp a = start(settings, topics);
             SinkApp b = start(settings(broker, prefix, "b"), topics);
             var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers(),
                     "enable.idempotence", true), new StringSerializer(), new ByteArraySerializer())) {
            Eventually.await(Duration.ofMinutes(1), "both instances running with tasks",
                    () -> hasActiveTasks(a.streams()) && hasActiveTasks(b.streams()));
            send(producer, topics, articles.subList(0, ARTICLES / 2));
            Eventually.await(Duration.ofMinutes(2), "some article files before the stop",
                    () -> jsonFiles(out.resolve("articles")).size() >= 300);
            b.close();
            assertThat(b.counts().articleFiles() + b.counts().storyFiles()).as("files written by the stopped instance")
                    .isPositive();
            send(producer, topics, articles.subList(ARTICLES / 2, ARTICLES));

            Eventually.await(Duration.ofMinutes(3), ARTICLES + " article files and " + STORIES + " whole stories",
                    () -> jsonFiles(out.resolve("articles")).size() >= ARTICLES && wholeStories(out) == STORIES);

            var expectedIds = articles.stream().map(EnrichedArticle::id).collect(Collectors.toSet());
            List<Path> files = jsonFiles(out.resolve("articles"));
            assertThat(files).hasSize(ARTICLES);
            for (Path file : files) {
                EnrichedArticle written = JsonSerdes.fromBytes(Files.readAllBytes(file), EnrichedArticle.class);
                assertThat(file.getFileName().toString()).isEqualTo(written.id() + ".json");
            }
            assertThat(files.stream().map(f -> f.getFileName().toString().replace(".json", "")))
                    .containsExactlyInAnyOrderElementsOf(expectedIds);
            try (Stream<Path> all = Files.walk(out)) {
                assertThat(all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                        .as("no temporary file left").noneMatch(name -> name.endsWith(".tmp"));
            }
            List<ConsumerRecord<String, byte[]>> latest = TopicContents.read(broker, topics.articles().name());
            assertThat(latest.stream().map(ConsumerRecord::key)).as("news.articles, read_committed")
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expectedIds);
        }
    }

    private Settings settings(KafkaBroker broker, String prefix, String instance) throws Exception {
        Path config = Files.writeString(work.resolve(instance + ".properties"), String.join("\n",
                "topics.prefix=" + prefix, "topics.partitions=6",
                "sink.streams.application-id=" + prefix + "sink",
                "sink.streams.state-dir=" + work.resolve("streams-" + instance),
                "sink.out.dir=" + work.resolve("out"),
                "kafka.commit.interval.ms=100", ""));
        return Configuration.load(config, Map.of("kafka.bootstrap.servers", broker.bootstrapServers()), Map.of());
    }

    private static SinkApp start(Settings settings, Topics topics) {
        SinkApp app = SinkApp.create(Configuration.bind(settings).sink(), topics, settings.kafka(),
                TopicLayout.FOUR_MB, new SimpleMeterRegistry());
        app.start();
        return app;
    }

    private static void send(KafkaProducer<String, byte[]> producer, Topics topics, List<EnrichedArticle> articles) {
        for (EnrichedArticle article : articles) {
            producer.send(new ProducerRecord<>(topics.articlesEnriched().name(), null,
                    article.ingestedAt().toEpochMilli(), article.id(), JsonSerdes.toBytes(article)));
        }
        producer.flush();
    }

    static boolean hasActiveTasks(KafkaStreams streams) {
        return streams.state() == KafkaStreams.State.RUNNING
                && streams.metadataForLocalThreads().stream().anyMatch(thread -> !thread.activeTasks().isEmpty());
    }

    /** Stories whose file lists all ten members. */
    private static long wholeStories(Path out) throws IOException {
        long whole = 0;
        for (Path file : jsonFiles(out.resolve("stories"))) {
            Story story = JsonSerdes.fromBytes(Files.readAllBytes(file), Story.class);
            if (new HashSet<>(story.articleIds()).equals(new HashSet<>(members(story.id())))) {
                whole++;
            }
        }
        return whole;
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")
                    && !p.getFileName().toString().startsWith(".")).toList();
        }
    }

    /** Article n belongs to story n % STORIES, whose id is its first article's. */
    private static List<String> members(String storyId) {
        int story = Integer.parseInt(storyId.substring(0, 8), 16);
        var ids = new ArrayList<String>();
        for (int n = story; n < ARTICLES; n += STORIES) {
            ids.add(id(n));
        }
        return ids;
    }

    private static String id(int n) {
        return "%08x".formatted(n) + "0".repeat(24);
    }

    private static EnrichedArticle article(int n) {
        Instant at = T0.plusSeconds(n);
        var source = new Source("/inbox/a" + n + ".txt", "a" + n + ".txt", "%064x".formatted(n), "text/plain", 40,
                null);
        return new EnrichedArticle(id(n), "Article " + n, "headline", "Body of article " + n + " in story "
                + n % STORIES + ".", null, null, "en", null, "txt", source, at, null, null, id(n % STORIES),
                List.of(), List.of(), at.plusMillis(5));
    }
}
