package news.enrich.dedup;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import news.enrich.GroupingInput;
import news.events.EnrichedArticle;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.WindowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets {@code duplicateOf} and {@code similarity} on articles that are near-duplicates of one seen within the
 * retention. Runs in the single-partition grouping stage: every article meets every earlier one there, in one order,
 * so "the first article of a group" means the same thing however many partitions and instances feed it.
 */
public final class MarkNearDuplicates implements FixedKeyProcessor<String, GroupingInput, GroupingInput> {
    public static final String[] STORES = {StoredFingerprints.KEYS, StoredFingerprints.FINGERPRINTS};
    private static final Logger log = LoggerFactory.getLogger(MarkNearDuplicates.class);

    private final NearDuplicates nearDuplicates;
    private final Duration retention;
    private final LongAdder marked;
    private FixedKeyProcessorContext<String, GroupingInput> context;
    private WindowStore<String, String> keys;
    private WindowStore<String, Fingerprint> fingerprints;

    public MarkNearDuplicates(NearDuplicateConfig config, Duration retention, LongAdder marked) {
        this.nearDuplicates = new NearDuplicates(config);
        this.retention = retention;
        this.marked = marked;
    }

    /** The stores the step needs, kept as long as exact-duplicate fingerprints. */
    public static List<StoreBuilder<?>> storeBuilders(Duration retention) {
        return StoredFingerprints.storeBuilders(retention);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, GroupingInput> context) {
        this.context = context;
        this.keys = context.getStateStore(StoredFingerprints.KEYS);
        this.fingerprints = context.getStateStore(StoredFingerprints.FINGERPRINTS);
    }

    @Override
    public void process(FixedKeyRecord<String, GroupingInput> record) {
        EnrichedArticle article = record.value().article();
        var index = new StoredFingerprints(keys, fingerprints, record.timestamp(), retention);
        Optional<NearDuplicates.Match> match = nearDuplicates.check(article, record.value().fingerprint(), index);
        if (match.isEmpty()) {
            context.forward(record);
            return;
        }
        marked.increment();
        log.info("near-duplicate {} from {}: of {} (body similarity {})", article.id(), article.source().path(),
                match.get().originalId(), match.get().similarity());
        context.forward(record.withValue(record.value().with(
                article.asDuplicateOf(match.get().originalId(), match.get().similarity()))));
    }
}
