package news.enrich.stories;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Story memory in plain sorted maps, for {@code eval stories} and tests: the same tables as the Streams stores, in
 * the same key order, without Kafka. Not thread-safe.
 */
public final class MapStoryMemory implements StoryMemory {
    private final Table<StoryProfile> profiles = new MapTable<>();
    private final Table<Postings> index = new MapTable<>();
    private final Table<Membership> articles = new MapTable<>();
    private final Table<TermCount> terms = new MapTable<>();

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

    private static final class MapTable<V> implements Table<V> {
        private final Map<String, V> entries = new TreeMap<>();

        @Override
        public V get(String key) {
            return entries.get(key);
        }

        @Override
        public void put(String key, V value) {
            entries.put(key, value);
        }

        @Override
        public void delete(String key) {
            entries.remove(key);
        }

        @Override
        public void forEach(BiConsumer<String, V> visitor) {
            entries.forEach(visitor);
        }
    }
}
