package news.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
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
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;

/**
 * A key-value store that keeps values decoded on the heap in front of a changelogged store (built without Streams'
 * record cache) and writes the values changed since the last commit to it once, just before Kafka Streams commits the
 * task: a key rewritten by many articles between two commits is encoded, stored and logged once, and a value read
 * again costs a map lookup instead of a cache lookup and decoding.
 *
 * <p>Why this is crash-safe rests on how Kafka Streams 4.3 commits a task (read in its source): before it sends the
 * task's offsets, {@code StreamTask.prepareCommit} flushes the caches of the task's stores, that is, calls
 * {@link CachedStateStore#flushCache()} on every registered store that implements it, and then flushes the record
 * collector; under exactly-once the offsets then commit in the same transaction as everything sent before. This store
 * writes its changed values in {@code flushCache}, so they reach the changelog inside the transaction of the input
 * they came from. A plain store's {@code flush}/{@code commit} is <em>not</em> called there under exactly-once (only
 * after the commit, when a checkpoint is forced), which is why this store implements Streams' internal
 * {@code CachedStateStore}, as every built-in store does through its wrappers. enrich's {@code StoryStoresIT} fails
 * if a new Kafka version stops calling it.
 *
 * <p>What is not yet written is dropped with the decoded values when the store closes, when Streams clears the caches
 * (a task changing between active and standby) and when it initialises the store again: under exactly-once a task
 * that did not commit is closed dirty and its state restored from the changelog, so nothing uncommitted survives an
 * abort, and values restored into the inner store behind this one are never shadowed by stale decoded ones. Reading
 * all entries ({@link #all()}, used by the purge) first writes what is changed, so a scan sees every write.
 *
 * <p>Only correct while every write goes through this store (the grouping task's story stores, the sink's entity
 * states).
 */
public final class WriteBackStore<V> implements KeyValueStore<String, V>, CachedStateStore<String, V> {
    private static final Object ABSENT = new Object();

    private final KeyValueStore<String, V> stored;
    private final int capacity;
    /** Decoded values, and absences, of the keys used most recently. */
    private final Map<String, Object> recent;
    /** Values (or {@link #ABSENT} for deletions) written since the last write-back, in the order first written. */
    private final Map<String, Object> changed = new LinkedHashMap<>();

    /**
     * @param capacity how many decoded values to keep, and how many changed ones before they are written back early
     *                 (still inside the open transaction), so memory stays bounded however long a commit takes
     */
    WriteBackStore(KeyValueStore<String, V> stored, int capacity) {
        this.stored = stored;
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * A builder of this store over {@code stored}, whose name, changelog and its settings it keeps; {@code stored}
     * should be built without caching, which this store replaces.
     */
    public static <V> StoreBuilder<WriteBackStore<V>> builder(StoreBuilder<KeyValueStore<String, V>> stored,
                                                              int capacity) {
        return new StoreBuilder<>() {
            @Override
            public StoreBuilder<WriteBackStore<V>> withCachingEnabled() {
                throw new UnsupportedOperationException("the write-back store is the cache of " + stored.name());
            }

            @Override
            public StoreBuilder<WriteBackStore<V>> withCachingDisabled() {
                return this;
            }

            @Override
            public StoreBuilder<WriteBackStore<V>> withLoggingEnabled(Map<String, String> config) {
                stored.withLoggingEnabled(config);
                return this;
            }

            @Override
            public StoreBuilder<WriteBackStore<V>> withLoggingDisabled() {
                stored.withLoggingDisabled();
                return this;
            }

            @Override
            public WriteBackStore<V> build() {
                return new WriteBackStore<>(stored.build(), capacity);
            }

            @Override
            public Map<String, String> logConfig() {
                return stored.logConfig();
            }

            @Override
            public boolean loggingEnabled() {
                return stored.loggingEnabled();
            }

            @Override
            public String name() {
                return stored.name();
            }
        };
    }

    /** The changelogged store behind this one. */
    KeyValueStore<String, V> stored() {
        return stored;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(String key) {
        Object value = recent.get(key);
        if (value == null) {
            value = changed.get(key);
            if (value == null) {
                V read = stored.get(key);
                value = read == null ? ABSENT : read;
            }
            recent.put(key, value);
        }
        return value == ABSENT ? null : (V) value;
    }

    @Override
    public void put(String key, V value) {
        Object entry = value == null ? ABSENT : value;
        recent.put(key, entry);
        changed.put(key, entry);
        if (changed.size() > capacity) {
            flushCache();
        }
    }

    @Override
    public V putIfAbsent(String key, V value) {
        V old = get(key);
        if (old == null) {
            put(key, value);
        }
        return old;
    }

    @Override
    public void putAll(List<KeyValue<String, V>> entries) {
        entries.forEach(entry -> put(entry.key, entry.value));
    }

    @Override
    public V delete(String key) {
        V old = get(key);
        put(key, null);
        return old;
    }

    /** Writes the changed values to the changelogged store. Streams calls it before every commit of the task. */
    @Override
    public void flushCache() {
        changed.forEach((key, value) -> {
            if (value == ABSENT) {
                stored.delete(key);
            } else {
                @SuppressWarnings("unchecked")
                V decoded = (V) value;
                stored.put(key, decoded);
            }
        });
        changed.clear();
    }

    @Override
    public void clearCache() {
        forget();
    }

    @Override
    public boolean setFlushListener(CacheFlushListener<String, V> listener, boolean sendOldValues) {
        return false;
    }

    private void forget() {
        recent.clear();
        changed.clear();
    }

    @Override
    public KeyValueIterator<String, V> all() {
        flushCache();
        return stored.all();
    }

    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        flushCache();
        return stored.range(from, to);
    }

    @Override
    public KeyValueIterator<String, V> reverseRange(String from, String to) {
        flushCache();
        return stored.reverseRange(from, to);
    }

    @Override
    public KeyValueIterator<String, V> reverseAll() {
        flushCache();
        return stored.reverseAll();
    }

    @Override
    public <S extends Serializer<P>, P> KeyValueIterator<String, V> prefixScan(P prefix, S prefixKeySerializer) {
        flushCache();
        return stored.prefixScan(prefix, prefixKeySerializer);
    }

    @Override
    public long approximateNumEntries() {
        flushCache();
        return stored.approximateNumEntries();
    }

    @Override
    public String name() {
        return stored.name();
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        forget();
        stored.init(context, root);
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        stored.commit(changelogOffsets);
    }

    @Override
    public boolean managesOffsets() {
        return stored.managesOffsets();
    }

    @Override
    public Long committedOffset(TopicPartition partition) {
        return stored.committedOffset(partition);
    }

    @Override
    public void close() {
        forget();
        stored.close();
    }

    @Override
    public boolean persistent() {
        return stored.persistent();
    }

    @Override
    public boolean isOpen() {
        return stored.isOpen();
    }

    @Override
    public <R> QueryResult<R> query(Query<R> query, PositionBound positionBound, QueryConfig config) {
        return stored.query(query, positionBound, config);
    }

    @Override
    public Position getPosition() {
        return stored.getPosition();
    }
}
