package news.enrich.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import news.events.JsonSerdes;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Story memory in four persistent, changelogged Kafka Streams key-value stores, so that it survives restarts and
 * moves with the (single) grouping task to whichever instance runs it. Values are JSON through {@link JsonSerdes}.
 */
public final class StoredStoryMemory implements StoryMemory {
    public static final String PROFILES = "stories-profiles";
    public static final String INDEX = "stories-index";
    public static final String ARTICLES = "stories-articles";
    public static final String TERMS = "stories-terms";
    /** Every store the story step needs, for {@code processValues(..., STORES)}. */
    public static final String[] STORES = {PROFILES, INDEX, ARTICLES, TERMS};

    private final Table<StoryProfile> profiles;
    private final Table<Postings> index;
    private final Table<Membership> articles;
    private final Table<TermCount> terms;

    public StoredStoryMemory(ProcessingContext context) {
        this.profiles = new StoreTable<>(context.getStateStore(PROFILES));
        this.index = new StoreTable<>(context.getStateStore(INDEX));
        this.articles = new StoreTable<>(context.getStateStore(ARTICLES));
        this.terms = new StoreTable<>(context.getStateStore(TERMS));
    }

    /**
     * The stores' builders. Persistent (RocksDB) so that a large index stays off the heap; logging is on by default,
     * which is what lets the state survive a lost instance. Retention is applied by {@link StoryGrouper#purge}.
     */
    public static List<StoreBuilder<KeyValueStore<String, ?>>> storeBuilders(StoryConfig config) {
        var builders = new ArrayList<StoreBuilder<KeyValueStore<String, ?>>>();
        builders.add(builder(PROFILES, JsonSerdes.of(StoryProfile.class)));
        builders.add(builder(INDEX, JsonSerdes.of(Postings.class)));
        builders.add(builder(ARTICLES, JsonSerdes.of(Membership.class)));
        builders.add(builder(TERMS, JsonSerdes.of(TermCount.class)));
        return builders;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <V> StoreBuilder<KeyValueStore<String, ?>> builder(String name, Serde<V> serde) {
        StoreBuilder<KeyValueStore<String, V>> builder = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(name), Serdes.String(), serde);
        return (StoreBuilder) builder;
    }

    @Override
    public Table<StoryProfile> profiles() {
        return profiles;
    }

    @Override
    public Table<Postings> index() {
        return index;
    }

    @Override
    public Table<Membership> articles() {
        return articles;
    }

    @Override
    public Table<TermCount> terms() {
        return terms;
    }

    private record StoreTable<V>(KeyValueStore<String, V> store) implements Table<V> {
        @Override
        public V get(String key) {
            return store.get(key);
        }

        @Override
        public void put(String key, V value) {
            store.put(key, value);
        }

        @Override
        public void delete(String key) {
            store.delete(key);
        }

        @Override
        public void forEach(BiConsumer<String, V> visitor) {
            try (KeyValueIterator<String, V> all = store.all()) {
                while (all.hasNext()) {
                    KeyValue<String, V> entry = all.next();
                    visitor.accept(entry.key, entry.value);
                }
            }
        }
    }
}
