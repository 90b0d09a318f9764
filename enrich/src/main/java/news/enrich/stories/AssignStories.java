package news.enrich.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.enrich.entities.Places;
import news.enrich.GroupingInput;
import news.events.EnrichedArticle;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.StoreBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The story step of the single-partition grouping stage: sets each article's {@code storyId} and gives its people,
 * organisations and places the story's entity ids and canonical names ({@link StoryGrouper}). Every decision reads
 * and writes the {@link #STORES} only, never a field, so a restarted or moved task decides exactly as the old one
 * would have. Stories idle beyond the retention are purged on stream time.
 *
 * <pre>
 * in:  key article id, value GroupingInput (the article with duplicateOf/similarity set, its key terms)
 * out: key article id, value EnrichedArticle with storyId and canonical entities
 * </pre>
 */
public final class AssignStories implements FixedKeyProcessor<String, GroupingInput, EnrichedArticle> {
    public static final String[] STORES = StoredStoryMemory.STORES;
    private static final Logger log = LoggerFactory.getLogger(AssignStories.class);
    /** How often (stream time) idle stories are purged: a scan of the stores, cheap against a day of articles. */
    static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final StoryConfig config;
    private final Places places;
    private FixedKeyProcessorContext<String, EnrichedArticle> context;
    private StoryGrouper grouper;

    public AssignStories(StoryConfig config) {
        this(config, Places.builtIn());
    }

    public AssignStories(StoryConfig config, Places places) {
        this.config = config;
        this.places = places;
    }

    /** The stores to add to the topology before this processor. */
    public static List<StoreBuilder<?>> storeBuilders(StoryConfig config) {
        return StoredStoryMemory.storeBuilders(config);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        // The grouper holds only references to the stores: no state of its own.
        this.grouper = new StoryGrouper(config, new StoredStoryMemory(context), places);
        context.schedule(PURGE_EVERY, PunctuationType.STREAM_TIME,
                timestamp -> grouper.purge(Instant.ofEpochMilli(timestamp)));
    }

    @Override
    public void process(FixedKeyRecord<String, GroupingInput> record) {
        StoryGrouper.Decision decision = grouper.assign(record.value().article(), record.value().storyKeys());
        if (log.isDebugEnabled()) {
            log.debug("article {}: {} story {} (similarity {}, best candidate {})", record.value().article().id(),
                    decision.reason(), decision.article().storyId(), String.format("%.3f", decision.similarity()),
                    decision.bestCandidate());
        }
        context.forward(record.withValue(decision.article()));
    }
}
