package news.enrich.entities.tagger;

/**
 * Word clusters at up to three granularities, keyed by the hash of the word (no text). A word's value packs its
 * cluster at each granularity in 10 bits (granularity 0 in the lowest bits).
 */
public final class WordClusters {
    public static final int MISSING = -1;

    private final LongIntMap clusters;
    private final int granularities;

    public WordClusters(LongIntMap clusters, int granularities) {
        if (granularities < 0 || granularities > 3) {
            throw new IllegalArgumentException("1 to 3 granularities, not " + granularities);
        }
        this.clusters = clusters;
        this.granularities = granularities;
    }

    public static WordClusters none() {
        return new WordClusters(new LongIntMap(4), 0);
    }

    public int granularities() {
        return granularities;
    }

    public LongIntMap map() {
        return clusters;
    }

    /** The packed clusters of the word with this hash, or {@link #MISSING}. */
    public int of(long wordHash) {
        return clusters.get(wordHash, MISSING);
    }

    public static int cluster(int packed, int granularity) {
        return (packed >>> (10 * granularity)) & 1023;
    }
}
