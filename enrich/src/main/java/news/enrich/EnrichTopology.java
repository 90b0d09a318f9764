package news.enrich;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import news.enrich.dedup.DuplicateFilter;
import news.enrich.dedup.MarkNearDuplicates;
import news.enrich.dedup.MinHasher;
import news.enrich.entities.Places;
import news.enrich.dedup.NearDuplicateConfig;
import news.enrich.dlq.GuardedStep;
import news.enrich.stories.AssignStories;
import news.enrich.stories.StoryConfig;
import news.enrich.dlq.Outcome;
import news.events.DeadLetter;
import news.events.EnrichedArticle;
import news.events.JsonSerdes;
import news.events.RawArticle;
import news.events.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The enrich data flow.
 *
 * <pre>
 * news.articles.raw      key: article id   value: RawArticle (read as bytes, so bad JSON becomes a dead letter)
 *   → parse-articles → drop-duplicates (store dedup-fingerprints) → enrich-articles
 *   → prepare-grouping (MinHash fingerprint and story key terms: they depend on the article alone)
 *   → group-articles (repartition to ONE partition: the grouping stage sees every article in one order)
 *   → mark-near-duplicates (stores near-dup-keys, near-dup-fingerprints)
 *   → assign-stories (stores stories-profiles, stories-index, stories-articles, stories-terms)
 * news.articles.enriched key: article id   value: EnrichedArticle
 * news.enrich.dlq        key: article id   value: DeadLetter, from parse-articles and enrich-articles
 * </pre>
 */
public final class EnrichTopology {
    static final String GROUP_ARTICLES = "group-articles";
    private final Topics topics;
    private final Duration dedupRetention;
    private final NearDuplicateConfig nearDuplicates;
    private final StoryConfig stories;
    private final ArticleEnricher enricher;
    private final EnrichCounts counts;
    private final Clock clock;
    /** Countries and regions, weighed as the settings of stories: the same list for key terms and for stories. */
    private final Places places = Places.builtIn();

    public EnrichTopology(Topics topics, Duration dedupRetention, NearDuplicateConfig nearDuplicates,
                          StoryConfig stories, ArticleEnricher enricher, EnrichCounts counts, Clock clock) {
        this.topics = topics;
        this.dedupRetention = dedupRetention;
        this.nearDuplicates = nearDuplicates;
        this.stories = stories;
        this.enricher = enricher;
        this.counts = counts;
        this.clock = clock;
    }

    /**
     * Every topic the application reads: the raw articles and the repartition topic into the grouping stage. Lag on
     * all of them must be zero before enrich is idle.
     */
    public static List<String> inputTopics(Topics topics, String applicationId) {
        return List.of(topics.articlesRaw().name(), applicationId + "-" + GROUP_ARTICLES + "-repartition");
    }

    /** The value serde of the group-articles topic: the article field by field with its fingerprint and key terms. */
    public static Serde<GroupingInput> groupArticleSerde() {
        return EnrichedArticleCodec.GROUP_ARTICLE_SERDE;
    }

    public Topology build() {
        var builder = new StreamsBuilder();
        builder.addStateStore(DuplicateFilter.storeBuilder(dedupRetention));
        MarkNearDuplicates.storeBuilders(dedupRetention).forEach(builder::addStateStore);
        AssignStories.storeBuilders(stories).forEach(builder::addStateStore);

        KStream<String, Outcome<RawArticle>> parsed = builder
                .stream(topics.articlesRaw().name(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-raw-articles"))
                .processValues(() -> new GuardedStep<>(parseStage(), clock), Named.as("parse-articles"));

        KStream<String, Outcome<EnrichedArticle>> enriched = accepted(parsed, "parse")
                .processValues(() -> new DuplicateFilter(dedupRetention, counts.duplicates),
                        Named.as("drop-duplicates"), DuplicateFilter.STORE)
                .processValues(() -> new GuardedStep<>(enrichStage(), clock), Named.as("enrich-articles"));

        MinHasher hasher = nearDuplicates.hasher();
        accepted(enriched, "enrich")
                .mapValues(article -> GroupingInput.of(article, hasher, places), Named.as("prepare-grouping"))
                .repartition(Repartitioned.with(Serdes.String(), groupArticleSerde())
                        .withName(GROUP_ARTICLES).withNumberOfPartitions(1))
                .processValues(() -> new MarkNearDuplicates(nearDuplicates, dedupRetention, counts.nearDuplicates),
                        Named.as("mark-near-duplicates"), MarkNearDuplicates.STORES)
                .processValues(() -> new AssignStories(stories, places), Named.as("assign-stories"),
                        AssignStories.STORES)
                .peek((id, article) -> counts.entities.add(article.entities().size()), Named.as("count-entities"))
                .to(topics.articlesEnriched().name(), topics.articlesEnriched().produced("write-enriched-articles"));
        rejected(parsed, "parse")
                .merge(rejected(enriched, "enrich"), Named.as("merge-dead-letters"))
                .peek((id, letter) -> counts.deadLetters.increment(), Named.as("count-dead-letters"))
                .to(topics.enrichDlq().name(), topics.enrichDlq().produced("write-dead-letters"));
        return builder.build();
    }

    private GuardedStep.Stage<byte[], RawArticle> parseStage() {
        return new GuardedStep.Stage<>("parse", RawArticleReader::read, value -> value,
                value -> JsonSerdes.fromBytes(value, RawArticle.class).source().path());
    }

    private GuardedStep.Stage<RawArticle, EnrichedArticle> enrichStage() {
        return new GuardedStep.Stage<>("enrich", (key, article) -> enricher.enrich(article), JsonSerdes::toBytes,
                article -> article.source().path());
    }

    @SuppressWarnings("unchecked")
    private static <T> KStream<String, T> accepted(KStream<String, Outcome<T>> outcomes, String stage) {
        return outcomes
                .filter((key, outcome) -> outcome.isOk(), Named.as(stage + "-accepted"))
                .mapValues(outcome -> ((Outcome.Ok<T>) outcome).value(), Named.as(stage + "-unwrap-accepted"));
    }

    @SuppressWarnings("unchecked")
    private static <T> KStream<String, DeadLetter> rejected(KStream<String, Outcome<T>> outcomes, String stage) {
        return outcomes
                .filterNot((key, outcome) -> outcome.isOk(), Named.as(stage + "-rejected"))
                .mapValues(outcome -> ((Outcome.Failed<T>) outcome).deadLetter(), Named.as(stage + "-dead-letter"));
    }
}
