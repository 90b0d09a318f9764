package news.enrich.stories;

import java.util.List;
import java.util.function.BiConsumer;
import news.events.StoreSerde;
import news.events.WriteBackStore;
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
 * moves with the (single) grouping task to whichever instance runs it. Values are compact binary ({@link StoreSerde}):
 * an article reads dozens of them. Each store keeps the values used most recently decoded on the heap and writes the
 * changed ones to RocksDB and the changelog once per commit ({@link WriteBackStore}), since one article reads some 60
 * postings and counts and up to 20 profiles, most of which the articles just before it read too, and rewrites some
 * 25 postings lists that the articles after it rewrite again.
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

    /**
     * How many decoded values each store keeps (and changed ones between two commits, beyond which it writes them
     * early): a profile holds up to 200 entities, so few of them; an article id is looked up once, when the article
     * arrives, so its memberships are kept only until the commit.
     */
    static final int RECENT_PROFILES = 256;
    static final int RECENT_POSTINGS = 8_192;
    static final int RECENT_MEMBERSHIPS = 1_024;
    static final int RECENT_COUNTS = 8_192;

    /** Built in the processor's {@code init}; the decoded values live in the stores, not here. */
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
    public static List<StoreBuilder<?>> storeBuilders(StoryConfig config) {
        return List.of(
                builder(PROFILES, StoreSerde.of(StoryProfile.class, PROFILE), RECENT_PROFILES),
                builder(INDEX, StoreSerde.of(Postings.class, POSTINGS), RECENT_POSTINGS),
                builder(ARTICLES, StoreSerde.of(Membership.class, MEMBERSHIP), RECENT_MEMBERSHIPS),
                builder(TERMS, StoreSerde.of(TermCount.class, TERM_COUNT), RECENT_COUNTS));
    }

    static final StoreSerde.Codec<Weight> WEIGHT = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, Weight w) {
            out.text(w.key()).number(w.weight());
        }

        @Override
        public Weight read(StoreSerde.In in) {
            return new Weight(in.text(), in.number());
        }
    };

    static final StoreSerde.Codec<List<Weight>> WEIGHTS = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, List<Weight> weights) {
            out.list(weights, WEIGHT);
        }

        @Override
        public List<Weight> read(StoreSerde.In in) {
            return in.list(WEIGHT);
        }
    };

    static final StoreSerde.Codec<StoryEntity.Form> FORM = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, StoryEntity.Form form) {
            out.text(form.name()).varint(form.articles()).varint(form.order());
        }

        @Override
        public StoryEntity.Form read(StoreSerde.In in) {
            return new StoryEntity.Form(in.text(), (int) in.varint(), (int) in.varint());
        }
    };

    static final StoreSerde.Codec<StoryEntity> ENTITY = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, StoryEntity entity) {
            out.text(entity.id()).text(entity.type()).list(entity.forms(), FORM).varint(entity.lastUsed());
        }

        @Override
        public StoryEntity read(StoreSerde.In in) {
            return new StoryEntity(in.text(), in.text(), in.list(FORM), (int) in.varint());
        }
    };

    static final StoreSerde.Codec<StoryProfile> PROFILE = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, StoryProfile p) {
            out.text(p.id()).instant(p.firstSeen()).instant(p.lastSeen()).varint(p.members())
                    .list(p.centroid(), WEIGHT).list(p.recent(), WEIGHTS).list(p.entities(), ENTITY);
        }

        @Override
        public StoryProfile read(StoreSerde.In in) {
            return new StoryProfile(in.text(), in.instant(), in.instant(), (int) in.varint(), in.list(WEIGHT),
                    in.list(WEIGHTS), in.lazyList(ENTITY));
        }
    };

    static final StoreSerde.Codec<Postings.Posting> POSTING = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, Postings.Posting posting) {
            out.text(posting.storyId()).signed(posting.lastSeenMillis());
        }

        @Override
        public Postings.Posting read(StoreSerde.In in) {
            return new Postings.Posting(in.text(), in.signed());
        }
    };

    static final StoreSerde.Codec<Postings> POSTINGS = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, Postings postings) {
            out.list(postings.stories(), POSTING);
        }

        @Override
        public Postings read(StoreSerde.In in) {
            return new Postings(in.list(POSTING));
        }
    };

    static final StoreSerde.Codec<Membership> MEMBERSHIP = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, Membership membership) {
            out.text(membership.storyId()).instant(membership.at());
        }

        @Override
        public Membership read(StoreSerde.In in) {
            return new Membership(in.text(), in.instant());
        }
    };

    static final StoreSerde.Codec<TermCount> TERM_COUNT = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, TermCount count) {
            out.signed(count.articles()).instant(count.lastSeen());
        }

        @Override
        public TermCount read(StoreSerde.In in) {
            return new TermCount(in.signed(), in.instant());
        }
    };

    private static <V> StoreBuilder<?> builder(String name, Serde<V> serde, int recent) {
        // Without Streams' record cache: the write-back store in front of it does that work on decoded values.
        return WriteBackStore.builder(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name),
                Serdes.String(), serde).withCachingDisabled(), recent);
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
