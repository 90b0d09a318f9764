package news.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import news.enrich.stories.Membership;
import news.enrich.stories.Postings;
import news.enrich.stories.StoryMemory;
import news.enrich.stories.StoryProfile;
import news.enrich.stories.TermCount;

/**
 * Story memory that reads through to a filled one and keeps its own writes apart until {@link #discard()}, so that
 * each benchmark operation assigns the same article against the same stories: assigning thousands of articles per
 * second into the real memory would grow it, and the figure with it. Not thread-safe.
 */
final class ScratchStoryMemory implements StoryMemory {
    private final Scratch<StoryProfile> profiles;
    private final Scratch<Postings> index;
    private final Scratch<Membership> articles;
    private final Scratch<TermCount> terms;

    ScratchStoryMemory(StoryMemory filled) {
        profiles = new Scratch<>(filled.profiles());
        index = new Scratch<>(filled.index());
        articles = new Scratch<>(filled.articles());
        terms = new Scratch<>(filled.terms());
    }

    /** Forgets every write since the last call. */
    void discard() {
        profiles.discard();
        index.discard();
        articles.discard();
        terms.discard();
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

    private static final class Scratch<V> implements Table<V> {
        /** Stands for a deleted entry, which must hide the filled table's value. */
        private static final Object DELETED = new Object();

        private final Table<V> filled;
        private final Map<String, Object> written = new HashMap<>();

        Scratch(Table<V> filled) {
            this.filled = filled;
        }

        void discard() {
            written.clear();
        }

        @Override
        @SuppressWarnings("unchecked")
        public V get(String key) {
            Object value = written.get(key);
            if (value == null) {
                return filled.get(key);
            }
            return value == DELETED ? null : (V) value;
        }

        @Override
        public void put(String key, V value) {
            written.put(key, value);
        }

        @Override
        public void delete(String key) {
            written.put(key, DELETED);
        }

        @Override
        public void forEach(BiConsumer<String, V> visitor) {
            throw new UnsupportedOperationException("assignment never scans a table; purge is not benchmarked");
        }
    }
}
