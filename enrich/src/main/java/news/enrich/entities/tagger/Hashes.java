package news.enrich.entities.tagger;

/** The 64-bit hashes behind the tagger's features, gazetteer and word clusters. */
public final class Hashes {
    static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Hashes() {
    }

    /** FNV-1a over the characters of {@code s}; callers mix it before using it as an index. */
    public static long of(CharSequence s) {
        long h = SEED;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    static long step(long h, char c) {
        return (h ^ c) * PRIME;
    }

    /** The splitmix64 finaliser: spreads every input bit over the whole word. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Combines two hashes, order-sensitive (for token sequences and feature conjunctions). */
    public static long combine(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L + b);
    }
}
