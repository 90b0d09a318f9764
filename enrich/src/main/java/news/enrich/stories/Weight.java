package news.enrich.stories;

/** One component of a sparse vector: a term ({@code t:stem}) or entity ({@code e:TYPE:name}) key and its weight. */
public record Weight(String key, double weight) {
}
