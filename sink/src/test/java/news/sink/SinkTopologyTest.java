package news.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import news.events.ArticleIdentity;
import news.events.EnrichedArticle;
import news.events.Entity;
import news.events.EntityProfile;
import news.events.JsonSerdes;
import news.events.Mention;
import news.events.Source;
import news.events.Story;
import news.events.TopicLayout;
import news.events.TopicScore;
import news.events.Topics;
import news.settings.RocksDbMemory;
import news.testkit.Schemas;
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
    private static final Path NINJS = Path.of("../../shared/data/iptc/ninjs");

    // The test driver gives every topic one partition; entity mentions are cut into batches for the partitions the
    // topics are configured with.
    private final Topics topics = Topics.create(new TopicLayout("", 1, (short) 1, TopicLayout.FOUR_MB,
            Duration.ofDays(7), Duration.ofDays(30)));
    private final SinkCounts counts = new SinkCounts();
    @TempDir
    Path out;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> enriched;
    private TestOutputTopic<String, EnrichedArticle> latest;
    private TestOutputTopic<String, Story> stories;
    private TestOutputTopic<String, EntityProfile> entities;

    @BeforeEach
    void start(@TempDir Path stateDir) {
        var config = new SinkConfig("news-sink-test", stateDir, Duration.ofSeconds(1), out, Duration.ofMillis(300),
                RocksDbMemory.UNBOUNDED, Duration.ofSeconds(5));
        var topology = new SinkTopology(topics, config, counts).build();
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "news-sink-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        driver = new TopologyTestDriver(topology, props);
        enriched = driver.createInputTopic(topics.articlesEnriched().name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        latest = driver.createOutputTopic(topics.articles().name(), Serdes.String().deserializer(),
                topics.articles().valueSerde().deserializer());
        stories = driver.createOutputTopic(topics.stories().name(), Serdes.String().deserializer(),
                topics.stories().valueSerde().deserializer());
        entities = driver.createOutputTopic(topics.entities().name(), Serdes.String().deserializer(),
                topics.entities().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void shouldWriteEachArticleToItsFilesAndTheCompactedTopic() throws Exception {
        EnrichedArticle article = article("a1b2", "a1b2", T0);
        pipe(article);

        Path file = out.resolve("articles/a1b2.json");
        assertThat(Files.readAllBytes(file)).isEqualTo(JsonSerdes.toPrettyBytes(article));
        assertThat(out.resolve("ninjs/a1b2.json")).exists();
        var record = latest.readKeyValue();
        assertThat(record.key).isEqualTo("a1b2");
        assertThat(record.value).isEqualTo(article);
        assertThat(counts.articleFiles()).isEqualTo(1);
        assertThat(counts.stories()).isEqualTo(1);
    }

    @Test
    void shouldPassTheRecordOnAsReadWithFieldsThisVersionDoesNotKnow() throws Exception {
        EnrichedArticle article = article("c3d4", "c3d4", T0);
        String json = new String(JsonSerdes.toBytes(article), StandardCharsets.UTF_8);
        byte[] newer = ("{\"addedLater\":[1,2.5],\"id\"" + json.substring(json.indexOf(':')))
                .getBytes(StandardCharsets.UTF_8);
        enriched.pipeInput(article.id(), newer, article.ingestedAt());

        var bytes = driver.createOutputTopic(topics.articles().name(), Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
        assertThat(bytes.readValue()).isEqualTo(newer);
        byte[] file = Files.readAllBytes(out.resolve("articles/c3d4.json"));
        assertThat(new String(file, StandardCharsets.UTF_8)).startsWith("{\n  \"addedLater\" : [ 1, 2.5 ],\n");
        assertThat(JsonSerdes.fromBytes(file, EnrichedArticle.class)).isEqualTo(article);
    }

    @Test
    void shouldRewriteTheSameBytesOnReplay() throws Exception {
        EnrichedArticle first = article("c3d4", "c3d4", T0);
        EnrichedArticle second = article("e5f6", "c3d4", T0.plusSeconds(60));
        pipe(first);
        pipe(second);
        byte[] articleBytes = Files.readAllBytes(out.resolve("articles/c3d4.json"));
        byte[] ninjsBytes = Files.readAllBytes(out.resolve("ninjs/c3d4.json"));
        byte[] storyBytes = Files.readAllBytes(out.resolve("stories/c3d4.json"));

        pipe(first);
        pipe(second);

        assertThat(Files.readAllBytes(out.resolve("articles/c3d4.json"))).isEqualTo(articleBytes);
        assertThat(Files.readAllBytes(out.resolve("ninjs/c3d4.json"))).isEqualTo(ninjsBytes);
        assertThat(Files.readAllBytes(out.resolve("stories/c3d4.json"))).isEqualTo(storyBytes);
        assertThat(listing("articles")).containsExactly("c3d4.json", "e5f6.json");
    }

    @Test
    void shouldBuildTheStoryViewAsMembersArrive() throws Exception {
        pipe(article("s1", "s1", T0));
        pipe(article("s2", "s1", T0.plusSeconds(30)));
        pipe(article("other", "other", T0.plusSeconds(40)));

        var views = stories.readKeyValuesToMap();
        Story story = views.get("s1");
        assertThat(story.articleIds()).containsExactly("s1", "s2");
        assertThat(story.title()).isEqualTo("Title s1");
        assertThat(story.firstSeen()).isEqualTo(T0);
        assertThat(story.lastSeen()).isEqualTo(T0.plusSeconds(30));
        assertThat(story.entities()).extracting(Entity::id).first().isEqualTo("PERSON:nick checker");
        assertThat(story.entities().get(0).count()).isEqualTo(4);
        assertThat(story.topics()).extracting(TopicScore::code).containsExactly("11000000");
        assertThat(views.get("other").articleIds()).containsExactly("other");
        assertThat(JsonSerdes.fromBytes(Files.readAllBytes(out.resolve("stories/s1.json")), Story.class))
                .isEqualTo(story);
    }

    @Test
    void shouldBuildEntityProfilesWithAliasesAndCountEachArticleOnce() {
        pipe(article("p1", "p1", T0));
        pipe(article("p2", "p1", T0.plusSeconds(10)));
        pipe(article("p2", "p1", T0.plusSeconds(20)));

        EntityProfile profile = entityProfiles().get("PERSON:nick checker");
        assertThat(profile.name()).isEqualTo("Nick Checker");
        assertThat(profile.aliases()).containsExactly("Checker");
        assertThat(profile.mentionCount()).isEqualTo(4);
        assertThat(profile.articleIds()).containsExactly("p1", "p2");
        assertThat(profile.storyIds()).containsExactly("p1");
    }

    @Test
    void shouldEmitAnEntityOnceAfterItsFirstChangeWithEveryChangeMadeMeanwhile() {
        pipe(article("q1", "q1", T0));
        driver.advanceWallClockTime(Duration.ofSeconds(3));
        pipe(article("q2", "q1", T0.plusSeconds(10)));
        assertThat(entities.isEmpty()).as("nothing before emit-after").isTrue();
        assertThat(counts.unsentEntities()).as("the stack is not idle while a profile waits").isEqualTo(1);

        driver.advanceWallClockTime(Duration.ofSeconds(3));
        List<EntityProfile> emitted = entities.readValuesToList();
        assertThat(emitted).hasSize(1);
        assertThat(emitted.get(0).articleIds()).containsExactly("q1", "q2");
        assertThat(counts.unsentEntities()).isZero();

        driver.advanceWallClockTime(Duration.ofSeconds(10));
        assertThat(entities.isEmpty()).as("nothing changed since").isTrue();
        pipe(article("q3", "q1", T0.plusSeconds(20)));
        assertThat(entityProfiles().get("PERSON:nick checker").articleIds()).containsExactly("q1", "q2", "q3");
    }

    @Test
    void shouldWriteFilesThatValidateAgainstTheirSchemas() throws Exception {
        String id = ArticleIdentity.articleId("Title", "Body");
        pipe(article(id, id, T0));

        assertThat(Schemas.newsflow("enriched-article.schema.json").problems(out.resolve("articles/" + id + ".json")))
                .isEmpty();
        assertThat(Schemas.newsflow("story.schema.json").problems(out.resolve("stories/" + id + ".json"))).isEmpty();
        assertThat(Schemas.newsflow("entity-profile.schema.json")
                .problems(JsonSerdes.toBytes(entityProfiles().get("PERSON:nick checker")))).isEmpty();
    }

    @Test
    void shouldWriteNinjsThatValidatesAgainstTheIptcSchema() throws Exception {
        assumeTrue(Files.isDirectory(NINJS), "IPTC ninjs schemas not found at " + NINJS.toAbsolutePath()
                + " (../shared/data): skipping the official-schema check");
        Schemas ninjs = Schemas.ninjs22(NINJS);
        pipe(article("n1", "n1", T0));

        assertThat(ninjs.problems(out.resolve("ninjs/n1.json"))).isEmpty();
        try (Stream<Path> pass = Files.list(NINJS.resolve("test_suite/2.2/should_pass"));
             Stream<Path> fail = Files.list(NINJS.resolve("test_suite/2.2/should_fail"))) {
            for (Path document : pass.toList()) {
                assertThat(ninjs.problems(document)).as(document.toString()).isEmpty();
            }
            for (Path document : fail.toList()) {
                assertThat(ninjs.problems(document)).as(document.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void shouldForwardNothingWhileTheOutputFolderCannotBeWrittenAndRecoverAfter() throws Exception {
        Files.writeString(out.resolve("articles"), "a file where the folder should be");
        EnrichedArticle article = article("w1", "w1", T0);

        assertThatThrownBy(() -> pipe(article)).hasStackTraceContaining("cannot write");
        assertThat(latest.isEmpty()).isTrue();

        Files.delete(out.resolve("articles"));
        pipe(article);
        assertThat(out.resolve("articles/w1.json")).exists();
        assertThat(latest.readKeyValue().key).isEqualTo("w1");
    }

    @Test
    void shouldSkipARecordThatIsNotAnEnrichedArticleAndGoOn() throws Exception {
        enriched.pipeInput("junk", "not json".getBytes(StandardCharsets.UTF_8), T0);
        pipe(article("f5", "f5", T0));

        assertThat(listing("articles")).containsExactly("f5.json");
        assertThat(latest.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("f5");
    }

    /** The latest profile of each entity, once the time after which changed profiles are emitted has passed. */
    private Map<String, EntityProfile> entityProfiles() {
        driver.advanceWallClockTime(Duration.ofSeconds(6));
        return entities.readKeyValuesToMap();
    }

    private void pipe(EnrichedArticle article) {
        enriched.pipeInput(article.id(), JsonSerdes.toBytes(article), article.ingestedAt());
    }

    private List<String> listing(String folder) throws Exception {
        try (Stream<Path> files = Files.list(out.resolve(folder))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static EnrichedArticle article(String id, String storyId, Instant at) {
        var source = new Source("/inbox/" + id + ".txt", id + ".txt",
                "0".repeat(63) + "1", "text/plain", 10, null);
        var person = new Entity("PERSON:nick checker", "PERSON", "Nick Checker",
                List.of(new Mention("Nick Checker", 0, 12), new Mention("Checker", 30, 37)), 2, 0.8, null);
        var topic = new TopicScore("11000000", "medtop:11000000", "politics", 1, 0.9, List.of("minister"));
        return new EnrichedArticle(id, "Title " + id, "headline", "Nick Checker went to Bamako. Checker said so.",
                at, "By A. Writer", "en", null, "txt", source, at, null, null, storyId, List.of(person),
                List.of(topic), at.plusSeconds(1));
    }
}
