package news.enrich.stories;

import java.util.function.BiConsumer;

/**
 * Everything story grouping remembers between articles, as four key-value tables whose values are JSON records, so
 * that it maps one to one onto changelogged Kafka Streams stores ({@link StoredStoryMemory}) and onto plain maps
 * ({@link MapStoryMemory}) for evals and tests. {@link StoryGrouper} keeps no other state.
 */
public interface StoryMemory {

    /** One key-value table. */
    interface Table<V> {
        V get(String key);

        void put(String key, V value);

        void delete(String key);

        /** Visits every entry; the visitor must not change this table (collect keys, then delete). */
        void forEach(BiConsumer<String, V> visitor);
    }

    /** Story id to its profile. */
    Table<StoryProfile> profiles();

    /** Term or entity key to the stories whose members carried it. */
    Table<Postings> index();

    /** Article id to its story. */
    Table<Membership> articles();

    /** Running counts: the number of live stories (for inverse frequency) and of articles seen. */
    Table<TermCount> terms();
}
