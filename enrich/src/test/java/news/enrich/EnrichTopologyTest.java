package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import news.enrich.dedup.DuplicateFilter;
import news.enrich.dedup.NearDuplicateConfig;
import news.enrich.entities.EntityExtractor;
import news.enrich.stories.StoryConfig;
import news.enrich.topics.TopicScorer;
import news.events.ArticleIdentity;
import news.events.DeadLetter;
import news.events.EnrichedArticle;
import news.events.JsonSerdes;
import news.events.RawArticle;
import news.events.Source;
import news.events.TopicLayout;
import news.events.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {
    private static final Instant T0 = Instant.parse("2026-02-05T10:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(7);
    private static final NearDuplicateConfig NEAR_DUP = new NearDuplicateConfig(0.9, 0.2, 16, 8);
    private static final StoryConfig STORIES = StoryConfig.defaults(0.2);
    private static final String WIRE = "Nick Checker, head of the US State Department's Bureau of African Affairs, "
            + "visited Mali on Monday, calling for renewed economic and security cooperation between Washington and "
            + "Bamako. Foreign Minister Abdoulaye Diop welcomed him and said no official statement would be issued.";

    private final Topics topics = Topics.create(TopicLayout.defaults());
    private final EnrichCounts counts = new EnrichCounts();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void start(@TempDir Path stateDir) {
        Clock clock = Clock.fixed(T0.plusSeconds(1), ZoneOffset.UTC);
        var topology = new EnrichTopology(topics, RETENTION, NEAR_DUP, STORIES,
                new ArticleEnricher(EntityExtractor.NONE, TopicScorer.NONE, clock), counts, clock).build();
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "news-enrich-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        driver = new TopologyTestDriver(topology, props);
        raw = driver.createInputTopic(topics.articlesRaw().name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(topics.articlesEnriched().name(), Serdes.String().deserializer(),
                topics.articlesEnriched().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.enrichDlq().name(), Serdes.String().deserializer(),
                topics.enrichDlq().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void shouldEnrichANewArticleKeyedByItsId() {
        RawArticle article = article("Mali and the US", "Nick Checker arrived in Bamako.", "/inbox/a.txt");
        pipe(article, T0);

        var out = enriched.readKeyValue();
        assertThat(out.key).isEqualTo(article.id());
        assertThat(out.value.id()).isEqualTo(article.id());
        assertThat(out.value.title()).isEqualTo("Mali and the US");
        assertThat(out.value.body()).isEqualTo(article.body());
        assertThat(out.value.source()).isEqualTo(article.source());
        assertThat(out.value.storyId()).isEqualTo(article.id());
        assertThat(out.value.duplicateOf()).isNull();
        assertThat(out.value.enrichedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldDropSecondCopyWithinRetention() {
        RawArticle first = article("Same", "Same body text.", "/inbox/a.txt");
        RawArticle copy = article("SAME", "same   body text.", "/inbox/b.txt");
        assertThat(copy.id()).isEqualTo(first.id());

        pipe(first, T0);
        pipe(copy, T0.plus(Duration.ofDays(1)));

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::source)
                .extracting(Source::path).containsExactly("/inbox/a.txt");
        assertThat(counts.duplicates()).isEqualTo(1);
        WindowStore<String, String> store = driver.getWindowStore(DuplicateFilter.STORE);
        try (var seen = store.fetch(first.id(), T0.minusSeconds(1), T0.plusSeconds(1))) {
            assertThat(seen.next().value).isEqualTo("/inbox/a.txt");
        }
    }

    @Test
    void shouldPassCopyAgainOnceRetentionHasExpired() {
        RawArticle first = article("Old", "Old news body.", "/inbox/a.txt");
        pipe(first, T0);
        pipe(article("Old", "Old news body.", "/inbox/b.txt"), T0.plus(RETENTION).plus(Duration.ofDays(2)));

        assertThat(enriched.readValuesToList()).hasSize(2);
        assertThat(counts.duplicates()).isZero();
    }

    @Test
    void shouldKeepDifferentArticlesApart() {
        pipe(article("One", "First body.", "/inbox/1.txt"), T0);
        pipe(article("Two", "Second body.", "/inbox/2.txt"), T0);

        assertThat(enriched.readValuesToList()).hasSize(2);
    }

    @Test
    void shouldMarkANearDuplicateWithItsOriginalAndSimilarity() {
        RawArticle original = article("US envoy visits Mali", WIRE, "/inbox/wire.txt");
        RawArticle copy = article("US envoy visits Mali", WIRE + " - Advertisement -", "/inbox/copy.txt");
        pipe(original, T0);
        pipe(copy, T0.plusSeconds(60));

        var out = enriched.readValuesToList();
        assertThat(out).extracting(EnrichedArticle::id).containsExactly(original.id(), copy.id());
        assertThat(out.get(0).duplicateOf()).isNull();
        assertThat(out.get(1).duplicateOf()).isEqualTo(original.id());
        assertThat(out.get(1).similarity()).isBetween(0.8, 1.0);
        assertThat(counts.nearDuplicates()).isEqualTo(1);
        assertThat(out.get(1).storyId()).as("a near-duplicate joins its original's story").isEqualTo(original.id());
    }

    @Test
    void shouldPutARewriteOfTheSameEventInTheFirstArticlesStoryAndAnotherEventInItsOwn() {
        RawArticle first = article("US envoy Nick Checker visits Mali", WIRE, "/inbox/wire.txt");
        RawArticle rewrite = article("Checker in Bamako: Washington courts Mali's junta", "The head of African "
                + "Affairs at the US State Department, Nick Checker, arrived in Bamako and met Foreign Minister "
                + "Abdoulaye Diop to rebuild trust between Washington and Mali.", "/inbox/rewrite.txt");
        RawArticle other = article("Floods close roads in Valencia", "Heavy rain flooded streets in Valencia on "
                + "Tuesday and the regional government closed several motorways.", "/inbox/floods.txt");
        pipe(first, T0);
        pipe(rewrite, T0.plusSeconds(600));
        pipe(other, T0.plusSeconds(900));

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::storyId)
                .containsExactly(first.id(), first.id(), other.id());
    }

    @Test
    void shouldNotMarkARewriteUnderAnotherHeadline() {
        pipe(article("US envoy visits Mali", WIRE, "/inbox/wire.txt"), T0);
        pipe(article("Washington courts Bamako", WIRE, "/inbox/other.txt"), T0.plusSeconds(60));

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::duplicateOf).containsOnlyNulls();
        assertThat(counts.nearDuplicates()).isZero();
    }

    @Test
    void shouldForgetNearDuplicateFingerprintsAfterTheRetention() {
        pipe(article("US envoy visits Mali", WIRE, "/inbox/wire.txt"), T0);
        pipe(article("US envoy visits Mali", WIRE + " Updated.", "/inbox/late.txt"),
                T0.plus(RETENTION).plus(Duration.ofDays(2)));

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::duplicateOf).containsOnlyNulls();
    }

    @Test
    void shouldGroupArticlesInOnePartitionWithExplicitlyNamedStoresAndTopics() {
        String description = new EnrichTopology(topics, RETENTION, NEAR_DUP, STORIES,
                new ArticleEnricher(EntityExtractor.NONE, TopicScorer.NONE, Clock.systemUTC()), counts,
                Clock.systemUTC()).build().describe().toString();

        assertThat(description).contains("group-articles-repartition", "mark-near-duplicates",
                "near-dup-keys", "near-dup-fingerprints", "assign-stories", "stories-profiles");
    }

    @Test
    void shouldSendUnparseableArticleToDlq() {
        byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
        raw.pipeInput("k1", garbage, T0);

        assertThat(enriched.isEmpty()).isTrue();
        var letter = deadLetters.readKeyValue();
        assertThat(letter.key).isEqualTo("k1");
        assertThat(letter.value.stage()).isEqualTo("parse");
        assertThat(letter.value.reason()).contains("RawArticle");
        assertThat(letter.value.sourceTopic()).isEqualTo(topics.articlesRaw().name());
        assertThat(letter.value.offset()).isZero();
        assertThat(letter.value.payload()).isEqualTo("{not json");
        assertThat(letter.value.payloadEncoding()).isEqualTo("utf-8");
    }

    @Test
    void shouldSendJsonOfTheWrongShapeToDlq() {
        raw.pipeInput("k2", "{\"title\":\"no id, no body\"}".getBytes(StandardCharsets.UTF_8), T0);

        assertThat(deadLetters.readValue().reason()).contains("id");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void shouldSendBinaryPayloadToDlqAsBase64() {
        raw.pipeInput("k3", new byte[] {(byte) 0xff, 0, 1, 2}, T0);

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.payloadEncoding()).isEqualTo("base64");
        assertThat(letter.payload()).isEqualTo("/wABAg==");
    }

    @Test
    void shouldSendRecordWhoseKeyIsNotItsIdToDlq() {
        RawArticle article = article("Keyed", "Wrongly keyed.", "/inbox/k.txt");
        raw.pipeInput("another-key", JsonSerdes.toBytes(article), T0);

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.reason()).contains("another-key").contains(article.id());
        assertThat(letter.sourcePath()).isEqualTo("/inbox/k.txt");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void shouldKeepGoingAfterABadRecord() {
        raw.pipeInput("bad", "][".getBytes(StandardCharsets.UTF_8), T0);
        pipe(article("Good", "Good body.", "/inbox/g.txt"), T0);

        assertThat(deadLetters.getQueueSize()).isEqualTo(1);
        assertThat(enriched.readValue().title()).isEqualTo("Good");
    }

    private void pipe(RawArticle article, Instant at) {
        raw.pipeInput(article.id(), JsonSerdes.toBytes(article), at);
    }

    private static RawArticle article(String title, String body, String path) {
        var source = new Source(path, Path.of(path).getFileName().toString(),
                ArticleIdentity.sha256Hex((title + body + path).getBytes(StandardCharsets.UTF_8)), "text/plain",
                body.length(), null);
        return new RawArticle(ArticleIdentity.articleId(title, body), title, "headline", body, null, null, null,
                null, "txt", source, T0);
    }
}
