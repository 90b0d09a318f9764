package news.enrich.dedup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import news.events.StoreSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The {@link FingerprintIndex} of the topology: two changelogged window stores, so what was seen survives restarts
 * and moves with the task, and segments older than the retention expire by themselves.
 * <ul>
 * <li>{@value #KEYS}: band or title key → article id, duplicates retained (one entry per article under the key);</li>
 * <li>{@value #FINGERPRINTS}: article id → {@link Fingerprint}.</li>
 * </ul>
 * Both are searched either side of the record's time, like the exact-duplicate store.
 */
final class StoredFingerprints implements FingerprintIndex {
    static final String KEYS = "near-dup-keys";
    static final String FINGERPRINTS = "near-dup-fingerprints";
    /** A key shared by very many articles (a generic headline) is compared only with its latest ones. */
    static final int MAX_PER_KEY = 100;

    private final WindowStore<String, String> keys;
    private final WindowStore<String, Fingerprint> fingerprints;
    private final long timestamp;
    private final Instant from;
    private final Instant to;

    StoredFingerprints(WindowStore<String, String> keys, WindowStore<String, Fingerprint> fingerprints,
                       long timestamp, Duration retention) {
        this.keys = keys;
        this.fingerprints = fingerprints;
        this.timestamp = timestamp;
        Instant at = Instant.ofEpochMilli(timestamp);
        this.from = at.minus(retention);
        this.to = at.plus(retention);
    }

    static List<StoreBuilder<?>> storeBuilders(Duration retention) {
        return List.of(
                Stores.windowStoreBuilder(Stores.persistentWindowStore(KEYS, retention, retention, true),
                        Serdes.String(), Serdes.String()),
                Stores.windowStoreBuilder(Stores.persistentWindowStore(FINGERPRINTS, retention, retention, false),
                        Serdes.String(), StoreSerde.of(Fingerprint.class, Fingerprint.CODEC)));
    }


    @Override
    public List<String> idsUnder(String key) {
        // A forward fetch keeping the tail: RocksDB's backward seek costs several times a forward one, and nearly
        // every key holds one or two ids.
        var latest = new ArrayDeque<String>();
        try (WindowStoreIterator<String> ids = keys.fetch(key, from, to)) {
            while (ids.hasNext()) {
                latest.addLast(ids.next().value);
                if (latest.size() > MAX_PER_KEY) {
                    latest.removeFirst();
                }
            }
        }
        return List.copyOf(latest);
    }

    @Override
    public Optional<Fingerprint> fingerprint(String id) {
        try (WindowStoreIterator<Fingerprint> found = fingerprints.fetch(id, from, to)) {
            return found.hasNext() ? Optional.of(found.next().value) : Optional.empty();
        }
    }

    @Override
    public void add(Fingerprint fingerprint, List<String> keysOfIt) {
        fingerprints.put(fingerprint.id(), fingerprint, timestamp);
        for (String key : keysOfIt) {
            keys.put(key, fingerprint.id(), timestamp);
        }
    }
}
