package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import news.events.ArticleIdentity;
import news.events.JsonSerdes;
import news.events.RawArticle;
import news.events.Source;
import news.events.TopicLayout;
import news.events.Topics;
import news.settings.Settings;
import news.testkit.Eventually;
import news.testkit.KafkaBroker;
import news.testkit.KafkaBrokerExtension;
import news.testkit.TopicContents;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A poison record end to end: dead letter, `dlq list`, `status`, then `dlq replay` sends it through. */
@ExtendWith(KafkaBrokerExtension.class)
class DeadLetterIT {

    @TempDir
    Path work;

    @Test
    void shouldListAndReplayAPoisonRecordUntilItIsEnriched(KafkaBroker broker) throws Exception {
        String prefix = "dlq" + System.nanoTime() + ".";
        Path config = Files.writeString(work.resolve("test.properties"), String.join("\n",
                "topics.prefix=" + prefix, "topics.partitions=2",
                "ingest.inbox.dir=" + work.resolve("inbox"), "sink.out.dir=" + work.resolve("out"),
                "enrich.streams.application-id=" + prefix + "enrich", "sink.streams.application-id=" + prefix + "sink",
                "enrich.streams.state-dir=" + work.resolve("streams"), "sink.streams.state-dir=" + work.resolve("streams"),
                "kafka.commit.interval.ms=100", ""));
        Settings settings = Configuration.load(config, Map.of("kafka.bootstrap.servers", broker.bootstrapServers()),
                Map.of());
        Topics topics = Topics.create(TopicLayout.defaults().withPrefix(prefix));
        RawArticle article = article();

        try (Stack stack = Stack.start(Configuration.bind(settings), settings.kafka(), new SimpleMeterRegistry());
             var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()),
                     new StringSerializer(), new ByteArraySerializer())) {
            // A well-formed article under a key that is not its id: refused by enrich, fixed by replay.
            producer.send(new ProducerRecord<>(topics.articlesRaw().name(), "wrong-key", JsonSerdes.toBytes(article)))
                    .get();
            producer.send(new ProducerRecord<>(topics.articlesRaw().name(), "garbage",
                    "\u0000not json".getBytes(StandardCharsets.UTF_8))).get();
            Eventually.await(Duration.ofSeconds(60), "two dead letters",
                    () -> TopicContents.read(broker, topics.enrichDlq().name()).size() == 2);

            String list = run("dlq", "list", "--bootstrap", broker.bootstrapServers(), "--config", config.toString());
            assertThat(list).contains("2 dead letter(s)").contains("wrong-key").contains("is not the article id")
                    .contains("/inbox/poison.txt").contains("garbage");
            String status = run("status", "--bootstrap", broker.bootstrapServers(), "--config", config.toString());
            assertThat(status).contains(topics.articlesRaw().name()).contains("dead letters: 2")
                    .contains("is not the article id");

            String replay = run("dlq", "replay", "--id", "wrong-key", "--bootstrap", broker.bootstrapServers(),
                    "--config", config.toString());
            assertThat(replay).contains("replayed 1 dead letter(s)");
            Eventually.await(Duration.ofSeconds(60), "the replayed article written by the sink",
                    () -> Files.exists(work.resolve("out/articles/" + article.id() + ".json")));
            try (Stream<Path> files = Files.list(work.resolve("out/articles"))) {
                assertThat(files.count()).isEqualTo(1);
            }
        }
    }

    private String run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Newsflow.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    private static RawArticle article() {
        String title = "Poison that is fine";
        String body = "A well-formed article sent under the wrong key.";
        var source = new Source("/inbox/poison.txt", "poison.txt", "0".repeat(64), "text/plain", 60, null);
        return new RawArticle(ArticleIdentity.articleId(title, body), title, "headline", body, null, null, "en", null,
                "txt", source, Instant.parse("2026-02-05T10:00:00Z"));
    }
}
