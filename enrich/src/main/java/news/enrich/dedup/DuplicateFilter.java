package news.enrich.dedup;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;
import news.events.RawArticle;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops exact duplicates: an article whose id (a fingerprint of its normalised title and body) was seen within
 * the retention is not passed on. The input is keyed by article id, so every copy of an article lands on the
 * same partition and the same store, whichever instance owns it.
 *
 * <p>The store is a window store: its segments expire by themselves after the retention, so memory and disk stay
 * bounded, and it is changelogged, so what was seen survives restarts and moves with its partition.
 */
public final class DuplicateFilter implements FixedKeyProcessor<String, RawArticle, RawArticle> {
    public static final String STORE = "dedup-fingerprints";
    private static final Logger log = LoggerFactory.getLogger(DuplicateFilter.class);

    private final Duration retention;
    private final LongAdder duplicates;
    private FixedKeyProcessorContext<String, RawArticle> context;
    private WindowStore<String, String> seen;

    public DuplicateFilter(Duration retention, LongAdder duplicates) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("dedup retention must be positive, was " + retention);
        }
        this.retention = retention;
        this.duplicates = duplicates;
    }

    /** The store the filter needs, with the same retention as the filter. */
    public static StoreBuilder<WindowStore<String, String>> storeBuilder(Duration retention) {
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(STORE, retention, retention, false),
                Serdes.String(), Serdes.String());
    }

    @Override
    public void init(FixedKeyProcessorContext<String, RawArticle> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, RawArticle> record) {
        RawArticle article = record.value();
        String firstSource = firstSeenSource(article.id(), record.timestamp());
        if (firstSource != null) {
            duplicates.increment();
            log.info("dropped exact duplicate {} from {}: first seen from {}", article.id(), article.source().path(),
                    firstSource);
            return;
        }
        seen.put(article.id(), article.source().path(), record.timestamp());
        context.forward(record);
    }

    private String firstSeenSource(String id, long timestamp) {
        // Either side of the record's time: a replayed older copy must also meet the newer original.
        Instant at = Instant.ofEpochMilli(timestamp);
        try (WindowStoreIterator<String> earlier = seen.fetch(id, at.minus(retention), at.plus(retention))) {
            return earlier.hasNext() ? earlier.next().value : null;
        }
    }
}
