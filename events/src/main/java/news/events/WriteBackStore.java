package news.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;

/**
 * A key-value store that keeps the values changed since the last commit as objects and writes each of them to its
 * persistent, changelogged store once, just before the task commits. Streams' own record cache keeps bytes, so a
 * value read and changed for every record (an entity's state, changed by each of its mentions) was decoded and
 * encoded each time; here it is decoded once per commit interval and encoded once.
 *
 * <p>The write-out must happen before the commit, inside the transaction the commit closes: Kafka Streams 4.3 calls
 * a store's {@code flush}/{@code commit} only after the offsets are committed, and calls {@code flushCache} of every
 * {@link CachedStateStore} before, which is why this store is one (an interface of Streams' internals, like the
 * caching layer it replaces). Values not yet written are dropped when the task closes or its caches are cleared
 * (a dirty close under exactly-once, which restores the store from its changelog); nothing uncommitted survives and
 * nothing committed is missing. Reads see the unwritten values; range reads write them out first.
 */
public final class WriteBackStore<V> implements KeyValueStore<String, V>, CachedStateStore<String, V> {
    private final KeyValueStore<String, V> inner;
    private final int maxChanged;
    // A null value marks a deletion not yet written.
    private final Map<String, V> changed = new LinkedHashMap<>();

    WriteBackStore(KeyValueStore<String, V> inner, int maxChanged) {
        this.inner = inner;
        this.maxChanged = maxChanged;
    }

    /**
     * A persistent store named {@code name} with a changelog, whose changed values stay objects until the commit or
     * until more than {@code maxChanged} keys are changed (then they are written out early, to bound the memory).
     */
    public static <V> StoreBuilder<WriteBackStore<V>> builder(String name, Serde<V> values, int maxChanged) {
        return new Builder<>(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values)
                .withCachingDisabled(), maxChanged);
    }

    @Override
    public V get(String key) {
        if (changed.containsKey(key)) {
            return changed.get(key);
        }
        return inner.get(key);
    }

    @Override
    public void put(String key, V value) {
        changed.put(key, value);
        if (changed.size() > maxChanged) {
            writeOut();
        }
    }

    @Override
    public V putIfAbsent(String key, V value) {
        V existing = get(key);
        if (existing == null) {
            put(key, value);
        }
        return existing;
    }

    @Override
    public void putAll(List<KeyValue<String, V>> entries) {
        entries.forEach(entry -> put(entry.key, entry.value));
    }

    @Override
    public V delete(String key) {
        V existing = get(key);
        put(key, null);
        return existing;
    }

    /** Writes every changed value to the persistent store (and so to its changelog). */
    private void writeOut() {
        changed.forEach((key, value) -> {
            if (value == null) {
                inner.delete(key);
            } else {
                inner.put(key, value);
            }
        });
        changed.clear();
    }

    @Override
    public void flushCache() {
        writeOut();
    }

    @Override
    public void clearCache() {
        changed.clear();
    }

    @Override
    public boolean setFlushListener(CacheFlushListener<String, V> listener, boolean sendOldValues) {
        return false;
    }

    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        writeOut();
        return inner.range(from, to);
    }

    @Override
    public KeyValueIterator<String, V> reverseRange(String from, String to) {
        writeOut();
        return inner.reverseRange(from, to);
    }

    @Override
    public KeyValueIterator<String, V> all() {
        writeOut();
        return inner.all();
    }

    @Override
    public KeyValueIterator<String, V> reverseAll() {
        writeOut();
        return inner.reverseAll();
    }

    @Override
    public long approximateNumEntries() {
        return inner.approximateNumEntries() + changed.size();
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        changed.clear();
        inner.init(context, root);
    }

    @Override
    @SuppressWarnings("deprecation")
    public void flush() {
        writeOut();
        inner.flush();
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        writeOut();
        inner.commit(changelogOffsets);
    }

    @Override
    public boolean managesOffsets() {
        return inner.managesOffsets();
    }

    @Override
    public Long committedOffset(TopicPartition partition) {
        return inner.committedOffset(partition);
    }

    @Override
    public void close() {
        changed.clear();
        inner.close();
    }

    @Override
    public boolean persistent() {
        return inner.persistent();
    }

    @Override
    public boolean isOpen() {
        return inner.isOpen();
    }

    @Override
    public <R> QueryResult<R> query(Query<R> query, PositionBound positionBound, QueryConfig config) {
        return inner.query(query, positionBound, config);
    }

    @Override
    public Position getPosition() {
        return inner.getPosition();
    }

    private record Builder<V>(StoreBuilder<KeyValueStore<String, V>> inner, int maxChanged)
            implements StoreBuilder<WriteBackStore<V>> {
        @Override
        public StoreBuilder<WriteBackStore<V>> withCachingEnabled() {
            return this;
        }

        @Override
        public StoreBuilder<WriteBackStore<V>> withCachingDisabled() {
            return this;
        }

        @Override
        public StoreBuilder<WriteBackStore<V>> withLoggingEnabled(Map<String, String> config) {
            return new Builder<>(inner.withLoggingEnabled(config), maxChanged);
        }

        @Override
        public StoreBuilder<WriteBackStore<V>> withLoggingDisabled() {
            return new Builder<>(inner.withLoggingDisabled(), maxChanged);
        }

        @Override
        public WriteBackStore<V> build() {
            return new WriteBackStore<>(inner.build(), maxChanged);
        }

        @Override
        public Map<String, String> logConfig() {
            return inner.logConfig();
        }

        @Override
        public boolean loggingEnabled() {
            return inner.loggingEnabled();
        }

        @Override
        public String name() {
            return inner.name();
        }
    }
}
