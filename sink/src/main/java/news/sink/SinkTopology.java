package news.sink;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.events.EnrichedArticle;
import news.events.JsonSerdes;
import news.events.StoreSerde;
import news.events.Story;
import news.events.Topics;
import news.sink.entities.AggregateEntities;
import news.sink.entities.EntityMentions;
import news.sink.files.FileSyncStore;
import news.sink.files.JsonFileWriter;
import news.sink.files.WriteFiles;
import news.sink.ninjs.NinjsMapper;
import news.sink.stories.StoryState;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The views materialised from the enriched stream.
 *
 * <pre>
 * news.articles.enriched  key: article id  value: EnrichedArticle (read_committed)
 *   → read-articles (the article and the record's bytes; a record that is not an article is logged and skipped)
 *   → write-article-files (out/articles/&lt;id&gt;.json: the record indented, out/ninjs/&lt;id&gt;.json)
 *     → news.articles      key: article id  value: the enriched record's bytes, the latest per id (compacted)
 *   → story-contributions → stories-by-id (repartition by story id) → aggregate-stories (store story-states)
 *     → write-story-files (out/stories/&lt;story id&gt;.json)
 *     → news.stories       key: story id    value: Story (compacted)
 *   → entity-mentions (one batch per partition) → entities-by-id (repartition by entity id)
 *     → aggregate-entities (stores entity-states, entity-changed; emits each changed profile after a while)
 *     → news.entities      key: entity id   value: EntityProfile (compacted)
 * </pre>
 *
 * Stories and entities are grouped by their own ids through named repartition topics, so every article of a story
 * and every mention of an entity meet in one task, whichever partition the article arrived on.
 */
public final class SinkTopology {
    static final String ARTICLE_FILES_SYNC = "article-file-sync";
    static final String STORY_FILES_SYNC = "story-file-sync";
    static final String STORIES_BY_ID = "stories-by-id";
    static final String ENTITIES_BY_ID = "entities-by-id";

    private final Topics topics;
    private final SinkConfig config;
    private final SinkCounts counts;

    public SinkTopology(Topics topics, SinkConfig config, SinkCounts counts) {
        this.topics = topics;
        this.config = config;
        this.counts = counts;
    }

    /**
     * Every topic the sink reads: the enriched stream and its own repartition topics, so that "drained" means every
     * view is written, not only the article files.
     */
    public static List<String> inputTopics(Topics topics, SinkConfig config) {
        return List.of(topics.articlesEnriched().name(),
                config.applicationId() + "-" + STORIES_BY_ID + "-repartition",
                config.applicationId() + "-" + ENTITIES_BY_ID + "-repartition");
    }

    public Topology build() {
        var builder = new StreamsBuilder();
        builder.addStateStore(FileSyncStore.builder(ARTICLE_FILES_SYNC));
        builder.addStateStore(FileSyncStore.builder(STORY_FILES_SYNC));
        KStream<String, ArticleRecord> read = builder.stream(topics.articlesEnriched().name(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-enriched-articles"))
                .processValues(ReadArticles::new, Named.as("read-articles"));
        KStream<String, EnrichedArticle> enriched = read.mapValues(ArticleRecord::article, Named.as("articles"));

        read.peek((id, record) -> counts.stories.add(record.article().storyId()), Named.as("count-stories"))
                .processValues(() -> new WriteFiles<>(ARTICLE_FILES_SYNC, config.writeRetry(), List.of(
                        new WriteFiles.Output<>(new JsonFileWriter(config.articlesDir()), r -> r.article().id(),
                                r -> JsonSerdes.toPrettyBytes(r.json())),
                        new WriteFiles.Output<>(new JsonFileWriter(config.ninjsDir()), r -> r.article().id(),
                                r -> JsonSerdes.toPrettyBytes(NinjsMapper.toNinjs(r.article())))),
                        counts.articleFiles), Named.as("write-article-files"), ARTICLE_FILES_SYNC)
                .peek((id, record) -> counts.latency.record(Duration.between(record.article().ingestedAt(),
                        Instant.now())), Named.as("measure-latency"))
                .mapValues(ArticleRecord::json, Named.as("article-bytes"))
                .to(topics.articles().name(), Produced.with(Serdes.String(), Serdes.ByteArray())
                        .withName("write-latest-articles"));

        enriched.map((id, article) -> KeyValue.pair(article.storyId(), StoryState.Contribution.of(article)),
                        Named.as("story-contributions"))
                .groupByKey(Grouped.with(STORIES_BY_ID, Serdes.String(), StoryState.CONTRIBUTION_SERDE))
                .aggregate(StoryState::empty, (storyId, contribution, state) -> state.with(contribution),
                        Named.as("aggregate-stories"),
                        Materialized.<String, StoryState, KeyValueStore<Bytes, byte[]>>as("story-states")
                                .withKeySerde(Serdes.String()).withValueSerde(StoreSerde.of(StoryState.class, StoryState.CODEC)))
                .toStream(Named.as("story-changes"))
                .mapValues(StoryState::story, Named.as("story-views"))
                .processValues(() -> new WriteFiles<>(STORY_FILES_SYNC, config.writeRetry(), List.of(
                        new WriteFiles.Output<>(new JsonFileWriter(config.storiesDir()), Story::id,
                                JsonSerdes::toPrettyBytes)),
                        counts.storyFiles), Named.as("write-story-files"), STORY_FILES_SYNC)
                .to(topics.stories().name(), topics.stories().produced("write-stories"));

        int entityPartitions = topics.entities().partitions();
        AggregateEntities.storeBuilders().forEach(builder::addStateStore);
        enriched.flatMap((id, article) -> EntityMentions.batches(article, entityPartitions),
                        Named.as("entity-mentions"))
                .repartition(Repartitioned.with(Serdes.String(),
                                StoreSerde.of(EntityMentions.Batch.class, EntityMentions.BATCH))
                        .withName(ENTITIES_BY_ID).withNumberOfPartitions(entityPartitions)
                        .withStreamPartitioner(EntityMentions.partitioner(entityPartitions)))
                .process(() -> new AggregateEntities(config.entityEmitAfter(), counts.unsentEntities),
                        Named.as("aggregate-entities"), AggregateEntities.STATES, AggregateEntities.CHANGED)
                .to(topics.entities().name(), topics.entities().produced("write-entities"));
        return builder.build();
    }
}
