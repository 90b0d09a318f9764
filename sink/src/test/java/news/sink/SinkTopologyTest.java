package news.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import news.events.EnrichedArticle;
import news.events.JsonSerdes;
import news.events.Source;
import news.events.TopicLayout;
import news.events.Topics;
import news.sink.files.JsonFileWriter;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkTopologyTest {
    private static final Instant T0 = Instant.parse("2026-02-05T10:00:00Z");

    private final Topics topics = Topics.create(TopicLayout.defaults());
    private final SinkCounts counts = new SinkCounts();
    @TempDir
    Path out;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> enriched;
    private TestOutputTopic<String, EnrichedArticle> latest;

    @BeforeEach
    void start(@TempDir Path stateDir) {
        var topology = new SinkTopology(topics, new JsonFileWriter(out.resolve("articles")), counts).build();
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "news-sink-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        driver = new TopologyTestDriver(topology, props);
        enriched = driver.createInputTopic(topics.articlesEnriched().name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        latest = driver.createOutputTopic(topics.articles().name(), Serdes.String().deserializer(),
                topics.articles().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void shouldWriteEachArticleToItsFileAndTheCompactedTopic() throws Exception {
        EnrichedArticle article = article("a1b2", "story-1");
        enriched.pipeInput(article.id(), JsonSerdes.toBytes(article), T0);

        Path file = out.resolve("articles/a1b2.json");
        assertThat(JsonSerdes.fromBytes(Files.readAllBytes(file), EnrichedArticle.class)).isEqualTo(article);
        var record = latest.readKeyValue();
        assertThat(record.key).isEqualTo("a1b2");
        assertThat(record.value).isEqualTo(article);
        assertThat(counts.articleFiles()).isEqualTo(1);
        assertThat(counts.stories()).isEqualTo(1);
    }

    @Test
    void shouldRewriteTheSameBytesOnReplay() throws Exception {
        EnrichedArticle article = article("c3d4", "story-2");
        enriched.pipeInput(article.id(), JsonSerdes.toBytes(article), T0);
        byte[] first = Files.readAllBytes(out.resolve("articles/c3d4.json"));

        enriched.pipeInput(article.id(), JsonSerdes.toBytes(article), T0.plusSeconds(5));

        assertThat(Files.readAllBytes(out.resolve("articles/c3d4.json"))).isEqualTo(first);
        assertThat(listing()).containsExactly("c3d4.json");
    }

    @Test
    void shouldLeaveNoTemporaryFilesBehind() throws Exception {
        for (String id : List.of("e1", "e2", "e3")) {
            enriched.pipeInput(id, JsonSerdes.toBytes(article(id, "s")), T0);
        }
        assertThat(listing()).containsExactlyInAnyOrder("e1.json", "e2.json", "e3.json");
    }

    @Test
    void shouldSkipARecordThatIsNotAnEnrichedArticleAndGoOn() throws Exception {
        enriched.pipeInput("junk", "not json".getBytes(StandardCharsets.UTF_8), T0);
        EnrichedArticle article = article("f5", "s");
        enriched.pipeInput(article.id(), JsonSerdes.toBytes(article), T0);

        assertThat(listing()).containsExactly("f5.json");
        assertThat(latest.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("f5");
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> files = Files.list(out.resolve("articles"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static EnrichedArticle article(String id, String storyId) {
        var source = new Source("/inbox/" + id + ".txt", id + ".txt", "00", "text/plain", 10, null);
        return new EnrichedArticle(id, "Title " + id, "headline", "Body of " + id, null, null, null, null, "txt",
                source, T0, null, null, storyId, List.of(), List.of(), T0.plusSeconds(1));
    }
}
