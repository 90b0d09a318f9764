package news.enrich.topics;

import java.util.Arrays;

/**
 * The hashed word and bigram features of one article: every word that is not a function word, and every pair of
 * adjacent such words, keyed by a 32-bit hash. Title words count {@value #TITLE_WEIGHT} times. A feature's value
 * is {@code 1 + ln(count)}; a {@link LinearModel} weighs it by the feature's rarity and scales the article to unit
 * length. Remembers where each feature first occurred, so that evidence can name it.
 */
public final class FeatureVector {
    /** How many times a title word counts: headlines name the topic more often than any body sentence. */
    public static final int TITLE_WEIGHT = 2;

    private final TopicText title;
    private final TopicText body;
    private final int[] keys;
    private final float[] values;
    /** Where each feature first occurred: token index (title first, then body), plus {@link #BIGRAM} for pairs. */
    private final int[] origins;
    private final int size;
    private static final int BIGRAM = 1 << 30;

    private FeatureVector(TopicText title, TopicText body, int[] keys, float[] values, int[] origins, int size) {
        this.title = title;
        this.body = body;
        this.keys = keys;
        this.values = values;
        this.origins = origins;
        this.size = size;
    }

    public static FeatureVector of(TopicText title, TopicText body) {
        var counts = new Counter(Math.max(64, 3 * (title.size() + body.size())));
        add(counts, title, TITLE_WEIGHT, 0);
        add(counts, body, 1, title.size());
        int size = counts.size;
        int[] keys = new int[size];
        float[] values = new float[size];
        int[] origins = new int[size];
        int n = 0;
        for (int slot = 0; slot < counts.keys.length; slot++) {
            if (counts.used[slot]) {
                keys[n] = counts.keys[slot];
                origins[n] = counts.origins[slot];
                values[n] = (float) (1 + Math.log(counts.counts[slot]));
                n++;
            }
        }
        return new FeatureVector(title, body, keys, values, origins, size);
    }

    private static void add(Counter counts, TopicText text, int weight, int offset) {
        for (int i = 0; i < text.size(); i++) {
            if (text.isStopword(i)) {
                continue;
            }
            counts.add(text.hash(i), weight, offset + i);
            if (i + 1 < text.size() && !text.isStopword(i + 1)) {
                counts.add(TopicText.bigram(text.hash(i), text.hash(i + 1)), weight, (offset + i) | BIGRAM);
            }
        }
    }

    public int size() {
        return size;
    }

    public int key(int i) {
        return keys[i];
    }

    public float value(int i) {
        return values[i];
    }

    /** Feature {@code i} as text: a word or two words separated by a space. */
    public String term(int i) {
        int origin = origins[i] & ~BIGRAM;
        String first = token(origin);
        return (origins[i] & BIGRAM) == 0 ? first : first + " " + token(origin + 1);
    }

    private String token(int index) {
        return index < title.size() ? title.token(index) : body.token(index - title.size());
    }

    @Override
    public String toString() {
        return "FeatureVector" + Arrays.toString(Arrays.copyOf(keys, Math.min(size, 8))) + "...(" + size + ")";
    }

    /** Open addressing from feature hash to count; sized so that it never needs to grow. */
    private static final class Counter {
        final int[] keys;
        final float[] counts;
        final int[] origins;
        final boolean[] used;
        final int mask;
        int size;

        Counter(int expected) {
            int capacity = Integer.highestOneBit(expected * 2 - 1) << 1;
            keys = new int[capacity];
            counts = new float[capacity];
            origins = new int[capacity];
            used = new boolean[capacity];
            mask = capacity - 1;
        }

        void add(int key, int weight, int origin) {
            int slot = key & mask;
            while (used[slot]) {
                if (keys[slot] == key) {
                    counts[slot] += weight;
                    return;
                }
                slot = (slot + 1) & mask;
            }
            used[slot] = true;
            keys[slot] = key;
            counts[slot] = weight;
            origins[slot] = origin;
            size++;
        }
    }
}
