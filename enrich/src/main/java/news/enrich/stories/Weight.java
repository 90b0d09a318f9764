package news.enrich.stories;

/** One component of a sparse vector: a term ({@code t:stem}) or entity ({@code e:TYPE:name}) key and its weight. */
public record Weight(String key, double weight) {
    /**
     * Four decimals are plenty for a similarity, and short numbers parse several times faster when profiles are read
     * back from their stores.
     */
    public Weight {
        weight = Math.round(weight * 10_000) / 10_000.0;
    }
}
