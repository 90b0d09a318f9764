package news.enrich.entities.tagger;

/**
 * What the tagger remembers of the words it has seen, so that a word seen before costs one look-up instead of some
 * fifty random reads of the weight table: the word's hashes, clusters and capitalisation, and for each of its roles
 * ({@link Features#ROLES}: the token's own word, the word before it, and so on) the per-tag sum of the weights of
 * the rows it gives in that role. The weights are integers, so a sum taken once adds up to exactly what adding the
 * rows one by one would.
 *
 * <p>A fixed table, so memory stays bounded whatever the text: a word's hash picks a set of {@value #WAYS} slots,
 * and a new word takes over the slot of the set used least recently: about 12 MB with its words. Not thread-safe:
 * one user at a time.
 */
final class WordScores {
    /**
     * Enough for the common words of news and the names of the day: on articles drawn from the 49,000 words of the
     * BBC corpus (the pipeline benchmark's), 2.5% of tokens miss, where 8,192 slots of one way each missed 18% and
     * 16,384 in sets of four 6%. A miss costs what tagging without this did, some fifty reads of the weight table.
     */
    static final int SLOTS = 1 << 15;
    static final int WAYS = 4;
    private static final int STRIDE = Features.ROLES * Tags.COUNT;

    private final WeightTable weights;
    private final int ways;
    private final int sets;
    /** Per slot: its word's {@link String#hashCode}, checked before the word itself, and when it was last used. */
    private final int[] keys;
    private final long[] used;
    private long clock;
    private final String[] words;
    private final long[] hashes;
    private final int[] clusters;
    private final byte[] capitals;
    private final int[] scores;
    /** Per role, what a missing neighbour (before the first or after the last token) gives. */
    private final int[][] boundaries = new int[Features.ROLES][Tags.COUNT];

    WordScores(Features features, WeightTable weights, int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("a power of two of slots, not " + slots);
        }
        this.weights = weights;
        this.ways = Math.min(WAYS, slots);
        this.sets = slots / ways;
        keys = new int[slots];
        used = new long[slots];
        words = new String[slots];
        hashes = new long[slots * 3];
        clusters = new int[slots];
        capitals = new byte[slots];
        scores = new int[slots * STRIDE];
        int[] rows = new int[Features.MAX_STATIC];
        for (int role = Features.PREVIOUS; role <= Features.RIGHT; role++) {
            weights.add(rows, 0, features.neighbourRows(role, false, 0, 0, rows), boundaries[role], 0);
        }
    }

    /** The slot holding {@code word}, or -1. */
    int find(String word) {
        int key = word.hashCode();
        int first = setOf(key);
        for (int slot = first; slot < first + ways; slot++) {
            if (keys[slot] == key && word.equals(words[slot])) {
                used[slot] = ++clock;
                return slot;
            }
        }
        return -1;
    }

    /**
     * Takes a slot for {@code word}, not yet held, with its hashes, clusters and capitalisation: the slot of its set
     * used least recently (an empty one first). Returns the slot.
     */
    int put(String word, long wordHash, long lowerHash, long shapeHash, int cluster, byte capital) {
        int key = word.hashCode();
        int first = setOf(key);
        int slot = first;
        for (int s = first + 1; s < first + ways; s++) {
            // An empty slot was never used: its stamp 0 is the least.
            if (used[s] < used[slot]) {
                slot = s;
            }
        }
        keys[slot] = key;
        used[slot] = ++clock;
        words[slot] = word;
        hashes[slot * 3] = wordHash;
        hashes[slot * 3 + 1] = lowerHash;
        hashes[slot * 3 + 2] = shapeHash;
        clusters[slot] = cluster;
        capitals[slot] = capital;
        return slot;
    }

    /** Sets the scores of the slot's word in {@code role} to the per-tag sums of {@code rows[0, count)}. */
    void sum(int slot, int role, int[] rows, int count) {
        int at = slot * STRIDE + role * Tags.COUNT;
        java.util.Arrays.fill(scores, at, at + Tags.COUNT, 0);
        weights.add(rows, 0, count, scores, at);
    }

    /** Adds the weights of {@code rows[0, count)} to {@code out[at, at + Tags.COUNT)}. */
    void add(int[] out, int at, int[] rows, int count) {
        weights.add(rows, 0, count, out, at);
    }

    /** Copies the slot's scores, all roles, to {@code out} from {@code at}. */
    void copyScores(int slot, int[] out, int at) {
        System.arraycopy(scores, slot * STRIDE, out, at, STRIDE);
    }

    int[] boundary(int role) {
        return boundaries[role];
    }

    long wordHash(int slot) {
        return hashes[slot * 3];
    }

    long lowerHash(int slot) {
        return hashes[slot * 3 + 1];
    }

    long shapeHash(int slot) {
        return hashes[slot * 3 + 2];
    }

    int cluster(int slot) {
        return clusters[slot];
    }

    byte capital(int slot) {
        return capitals[slot];
    }

    /** The first slot of the set of a word with this hash, mixed: string hashes of similar words are alike. */
    private int setOf(int key) {
        return (int) (Hashes.mix(key) & (sets - 1)) * ways;
    }
}
