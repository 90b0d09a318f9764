package news.enrich.entities.tagger;

/**
 * Names known with their types, stored as hashes of their token sequences (no text), matched over sentences. A
 * match marks each token with the type and its place in the name (begin, inside, last, unit).
 */
public final class Gazetteer {
    public static final int MAX_LENGTH = 8;
    /** Marks a name's token sequence; distinct from the seed of words so a one-token name is not its word hash. */
    private static final long SEQUENCE_SEED = 0x51ed270b27a4c7e1L;
    /** Marks a word seen inside a name of several words. */
    private static final long PART_SEED = 0x2545f4914f6cdd1dL;

    private final LongIntMap names;

    public Gazetteer(LongIntMap names) {
        this.names = names;
    }

    public static Gazetteer empty() {
        return new Gazetteer(new LongIntMap(4));
    }

    public LongIntMap names() {
        return names;
    }

    /** The key of a token sequence, from its tokens' word hashes. */
    public static long key(long[] wordHashes, int from, int to) {
        long h = SEQUENCE_SEED;
        for (int i = from; i < to; i++) {
            h = Hashes.combine(h, wordHashes[i]);
        }
        return h;
    }

    /**
     * The key under which a word that is part of longer names is kept. Every word of every name of several words
     * has one (the trainer writes them), which {@link #mark} relies on to look up only sequences of such words.
     */
    public static long partKey(long wordHash) {
        return Hashes.combine(PART_SEED, wordHash);
    }

    /**
     * Marks the tokens of every name found in the sentence: {@code marks[i]} gets bit {@code 4 * type + place} with
     * place 0 begin, 1 inside, 2 last, 3 unit; bit {@code 16 + type} when the word is part of a longer name.
     */
    public void mark(long[] wordHashes, int n, int[] marks) {
        for (int i = 0; i < n; i++) {
            marks[i] = 0;
        }
        if (names.size() == 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            marks[i] |= names.get(partKey(wordHashes[i]), 0) << 16;
        }
        for (int i = 0; i < n; i++) {
            long h = SEQUENCE_SEED;
            int limit = Math.min(n, i + MAX_LENGTH);
            for (int j = i; j < limit; j++) {
                if (j > i && (marks[i] >>> 16 == 0 || marks[j] >>> 16 == 0)) {
                    // A name of several words has a part key for each of its words: none starts at i and runs
                    // through j.
                    break;
                }
                h = Hashes.combine(h, wordHashes[j]);
                int types = names.get(h, 0);
                if (types == 0) {
                    continue;
                }
                for (int t = 0; t < 4; t++) {
                    if ((types & (1 << t)) == 0) {
                        continue;
                    }
                    if (j == i) {
                        marks[i] |= 1 << (4 * t + 3);
                    } else {
                        marks[i] |= 1 << (4 * t);
                        for (int k = i + 1; k < j; k++) {
                            marks[k] |= 1 << (4 * t + 1);
                        }
                        marks[j] |= 1 << (4 * t + 2);
                    }
                }
            }
        }
    }
}
